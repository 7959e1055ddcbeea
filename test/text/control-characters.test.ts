import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { documentLine, oneLine, terminalText, visibleControls } from "../../src/text/control-characters.js";

const ESC = "\u001b";

describe("control characters from files are shown, never obeyed", () => {
  it("visibleControls: every C0, DEL and C1 character as a JSON-style escape; tab and newline kept", () => {
    // Spelled out by hand: ESC [ 2 J, BEL, CR, DEL, U+009B (CSI in 8 bits), NUL.
    expect(visibleControls(`a${ESC}[2J\u0007b\rc\u007fd\u009be\u0000\tf\ng`)).toBe(
      "a\\u001b[2J\\u0007b\\rc\\u007fd\\u009be\\u0000\tf\ng",
    );
    expect(visibleControls("plain text, ünïcödé — 99.9%")).toBe("plain text, ünïcödé — 99.9%");
  });

  it("oneLine: line breaks of every kind are shown too, tab kept", () => {
    expect(oneLine("web\n::warning file=x::INJECTED")).toBe("web\\n::warning file=x::INJECTED");
    expect(oneLine("a\r\nb\u2028c\u2029d\u0085e\tf")).toBe("a\\r\\nb\\u2028c\\u2029d\\u0085e\tf");
  });

  it("documentLine: line breaks become spaces (as Markdown and HTML render them), controls shown", () => {
    expect(documentLine("Acme\r\n::warning::x\u2028y")).toBe("Acme ::warning::x y");
    expect(documentLine(`Acme ${ESC}]0;pwned\u0007`)).toBe("Acme \\u001b]0;pwned\\u0007");
  });

  it("the escapes keep JSON valid and its value: a raw C1 character inside a JSON string", () => {
    const json = JSON.stringify({ name: "a\u009bb\u007f" }); // JSON.stringify leaves C1 and DEL raw
    expect(JSON.parse(terminalText(json, { colour: false }))).toEqual({ name: "a\u009bb\u007f" });
  });

  it("terminalText without colour: no ESC at all reaches the terminal", () => {
    expect(terminalText(`${ESC}[31mred${ESC}[39m`, { colour: false })).toBe("\\u001b[31mred\\u001b[39m");
  });

  it("terminalText with colour: slm's own colours pass, every other sequence is shown", () => {
    const c = new Chalk({ level: 1 });
    // Every style the human formatters use.
    for (const styled of [
      c.red("x"),
      c.yellow("x"),
      c.blue("x"),
      c.green("x"),
      c.dim("x"),
      c.bold("x"),
      c.underline("x"),
      c.red.bold("x"),
      c.yellow.bold("x"),
    ]) {
      expect(terminalText(styled, { colour: true })).toBe(styled);
    }
    // Clear screen, window title (OSC … BEL), cursor up, conceal, black on the background, reverse.
    expect(terminalText(`${c.red("ok")} ${ESC}[2J${ESC}]0;pwned\u0007${ESC}[1A`, { colour: true })).toBe(
      `${c.red("ok")} \\u001b[2J\\u001b]0;pwned\\u0007\\u001b[1A`,
    );
    expect(terminalText(`${ESC}[8mhidden${ESC}[30;40mblack${ESC}[7m`, { colour: true })).toBe(
      "\\u001b[8mhidden\\u001b[30;40mblack\\u001b[7m",
    );
  });
});
