import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain-JavaScript script of the action, without type declarations
import { commentBody, DEFAULT_MARKER, MAX_COMMENT, upsertComment } from "../../scripts/action/pr-comment.mjs";
import { removeDir, tempDir } from "../helpers/cli.js";
import { ROOT } from "../helpers/paths.js";

const SCRIPT = join(ROOT, "scripts/action/pr-comment.mjs");

/** A fetch that answers from a list of comments, recording every call. */
function fakeFetch(comments: { id: number; body: string }[]) {
  const calls: { method: string; url: string; body?: string }[] = [];
  const fetch = async (url: string, init: { method: string; body?: string }) => {
    calls.push({ method: init.method, url, body: init.body });
    const u = new URL(url);
    if (init.method === "GET") {
      const page = Number(u.searchParams.get("page"));
      return Response.json(comments.slice((page - 1) * 100, page * 100));
    }
    const id = init.method === "PATCH" ? Number(u.pathname.split("/").pop()) : 999;
    return Response.json({ id, html_url: `https://example.test/${id}` });
  };
  return { fetch, calls };
}

describe("the pull request comment script", () => {
  it("finds its comment by the marker on a later page and updates it", async () => {
    // 150 comments: the marker is on the 130th, so the second page must be read.
    const comments = Array.from({ length: 150 }, (_, i) => ({
      id: i + 1,
      body: i === 129 ? `${DEFAULT_MARKER}\nold` : "lgtm",
    }));
    const { fetch, calls } = fakeFetch(comments);
    const done = await upsertComment({
      api: "https://api.test/",
      token: "t",
      repo: "o/r",
      pr: "3",
      body: "new",
      fetch,
    });
    expect(done).toEqual({ action: "updated", id: 130, url: "https://example.test/130" });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      "GET https://api.test/repos/o/r/issues/3/comments?per_page=100&page=1",
      "GET https://api.test/repos/o/r/issues/3/comments?per_page=100&page=2",
      "PATCH https://api.test/repos/o/r/issues/comments/130",
    ]);
    expect(JSON.parse(calls[2]!.body!)).toEqual({ body: `${DEFAULT_MARKER}\nnew\n` });
  });

  it("creates the comment when none carries the marker", async () => {
    const { fetch, calls } = fakeFetch([{ id: 1, body: "lgtm" }]);
    const done = await upsertComment({
      api: "https://api.test",
      token: "t",
      repo: "o/r",
      pr: "3",
      body: "hello",
      fetch,
    });
    expect(done.action).toBe("created");
    expect(calls.map((c) => c.method)).toEqual(["GET", "POST"]);
  });

  it("cuts a body GitHub would refuse, saying so", () => {
    const text = commentBody("x".repeat(100_000));
    expect(text.length).toBe(MAX_COMMENT);
    expect(text.endsWith("… (cut short: the full output is in the workflow log)\n")).toBe(true);
  });

  it("prints the comment with --dry-run, and warns instead of failing when the API refuses", () => {
    const dir = tempDir("slm-comment-");
    try {
      const body = join(dir, "body.md");
      writeFileSync(body, "## slm\n");
      const dry = spawnSync(process.execPath, [SCRIPT, "--body-file", body, "--pr", "5", "--dry-run"], {
        encoding: "utf8",
      });
      expect(dry.status).toBe(0);
      expect(dry.stdout).toBe(
        `would post or update the comment marked ${DEFAULT_MARKER} on pull request #5:\n${DEFAULT_MARKER}\n## slm\n`,
      );
      // Nothing listens on port 9 (discard): the request fails; the job gets a warning, not a failure.
      const refused = spawnSync(
        process.execPath,
        [SCRIPT, "--body-file", body, "--pr", "5", "--api", "http://127.0.0.1:9"],
        {
          encoding: "utf8",
          env: { ...process.env, GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "o/r" },
        },
      );
      expect(refused.status).toBe(0);
      expect(refused.stdout).toMatch(
        /^::warning title=slm::could not comment on the pull request \(needs pull-requests: write\): /,
      );
      const usage = spawnSync(process.execPath, [SCRIPT, "--body-file", body], { encoding: "utf8" });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toBe("pr-comment: --pr NUMBER is required (a pull request's number)\n");
    } finally {
      removeDir(dir);
    }
  });
});
