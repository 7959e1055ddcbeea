#!/usr/bin/env node
// Posts or updates ONE pull request comment, found again on the next run by a hidden marker
// (`<!-- slm:agreements -->`), so a pull request carries one slm comment however often it is
// pushed. Used by the GitHub Action (action.yml); plain Node 20, no dependencies (fetch is built in).
//
//   node scripts/action/pr-comment.mjs --body-file FILE --pr NUMBER [--repo OWNER/NAME]
//                                      [--marker TEXT] [--api URL] [--dry-run]
//
// The token comes from GITHUB_TOKEN (or GH_TOKEN), the repository from GITHUB_REPOSITORY, the API
// from GITHUB_API_URL (GitHub Enterprise sets it) unless given. The token needs
// `pull-requests: write` (a pull request's comments are issue comments in the REST API).
// `--dry-run` sends nothing: it prints the comment it would post.
//
// A failure to comment (a fork's read-only token, an API outage) is a workflow warning, not a
// failed check: the findings themselves are in the validate and coverage steps.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const DEFAULT_MARKER = "<!-- slm:agreements -->";
/** GitHub refuses comments longer than 65,536 characters. */
export const MAX_COMMENT = 65_536;

/** The comment's text: the marker, then the body, cut short (with a note) where GitHub would refuse it. */
export function commentBody(body, marker = DEFAULT_MARKER) {
  const text = `${marker}\n${body.trimEnd()}\n`;
  if (text.length <= MAX_COMMENT) return text;
  const note = "\n\n… (cut short: the full output is in the workflow log)\n";
  return `${text.slice(0, MAX_COMMENT - note.length)}${note}`;
}

/**
 * Creates the pull request's comment, or updates the one that carries `marker` (the first such,
 * oldest first). Returns what it did: `{ action: "created" | "updated", id, url }`.
 */
export async function upsertComment({
  api,
  token,
  repo,
  pr,
  body,
  marker = DEFAULT_MARKER,
  fetch = globalThis.fetch,
}) {
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${token}`,
    "x-github-api-version": "2022-11-28",
    "content-type": "application/json",
  };
  const call = async (method, path, payload) => {
    const response = await fetch(`${api.replace(/\/$/, "")}${path}`, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    if (!response.ok) {
      const detail = await response.text().catch(() => "");
      throw new Error(`${method} ${path}: HTTP ${response.status} ${detail.slice(0, 200)}`.trim());
    }
    return response.json();
  };
  const text = commentBody(body, marker);
  let existing;
  for (let page = 1; existing === undefined; page++) {
    const comments = await call("GET", `/repos/${repo}/issues/${pr}/comments?per_page=100&page=${page}`);
    existing = comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
    if (comments.length < 100) break;
  }
  if (existing) {
    const updated = await call("PATCH", `/repos/${repo}/issues/comments/${existing.id}`, { body: text });
    return { action: "updated", id: updated.id, url: updated.html_url };
  }
  const created = await call("POST", `/repos/${repo}/issues/${pr}/comments`, { body: text });
  return { action: "created", id: created.id, url: created.html_url };
}

function parseArgs(argv) {
  const options = { dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--body-file") options.bodyFile = value();
    else if (flag === "--pr") options.pr = value();
    else if (flag === "--repo") options.repo = value();
    else if (flag === "--marker") options.marker = value();
    else if (flag === "--api") options.api = value();
    else if (flag === "--dry-run") options.dryRun = true;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
    if (!options.bodyFile) throw new Error("--body-file is required");
    if (!/^\d+$/.test(options.pr ?? "")) throw new Error("--pr NUMBER is required (a pull request's number)");
  } catch (error) {
    console.error(`pr-comment: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  const body = readFileSync(options.bodyFile, "utf8");
  const marker = options.marker ?? DEFAULT_MARKER;
  if (options.dryRun) {
    process.stdout.write(
      `would post or update the comment marked ${marker} on pull request #${options.pr}:\n`,
    );
    process.stdout.write(commentBody(body, marker));
    return;
  }
  const repo = options.repo ?? process.env.GITHUB_REPOSITORY;
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  const api = options.api ?? process.env.GITHUB_API_URL ?? "https://api.github.com";
  if (!repo || !token) {
    console.log(
      "::warning title=slm::no pull request comment: GITHUB_TOKEN and GITHUB_REPOSITORY are needed",
    );
    return;
  }
  try {
    const done = await upsertComment({ api, token, repo, pr: options.pr, body, marker });
    console.log(`${done.action} comment ${done.id}${done.url ? ` (${done.url})` : ""}`);
  } catch (error) {
    // Escaped for a workflow command: a message from the API may hold newlines or %.
    const message = String(error.message).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    console.log(
      `::warning title=slm::could not comment on the pull request (needs pull-requests: write): ${message}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
