// Preloaded (node --require) into each process the bench times: its peak RSS on stderr at exit.
process.on("exit", () => process.stderr.write(`\npeak-rss-kb:${process.resourceUsage().maxRSS}\n`));
