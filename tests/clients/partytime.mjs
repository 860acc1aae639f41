// Podcast Index's own feed parser, podcast-partytime, reads a feed from
// standard input and prints what it understood as JSON.
import { parseFeed } from "podcast-partytime";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const feed = parseFeed(Buffer.concat(chunks).toString("utf8"));
if (!feed) {
  process.stdout.write("null\n");
} else {
  process.stdout.write(JSON.stringify(feed, (key, value) => (value instanceof Date ? value.toISOString() : value), 2) + "\n");
}
