import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  dayText,
  daysText
} from "./chunk-J7JDNNBV.js";
import {
  badge,
  esc,
  href,
  htmlPage,
  siteText,
  table
} from "./chunk-DPJWOEM6.js";

// dist/formatters/site/improvements-page.js
var PATH = "improvements.html";
var STATUS_KEY = {
  open: "open",
  "in-progress": "inProgress",
  done: "done",
  cancelled: "cancelled"
};
var STATUS_CLASS = {
  open: "at-risk",
  "in-progress": "at-risk",
  done: "met",
  cancelled: "none"
};
function improvementHead({ t }, withAgreement) {
  return [
    t("report.improvement.item"),
    ...withAgreement ? [t("site.head.agreement")] : [],
    t("site.head.target"),
    t("site.head.period"),
    t("report.improvement.raised"),
    t("report.improvement.status"),
    t("report.improvement.owner"),
    t("report.improvement.cause"),
    t("report.improvement.actionsDone")
  ];
}
function improvementRows(from, items, text, withAgreement) {
  const { t } = text;
  return items.map((i) => {
    const id = i.anchor.slice(i.anchor.indexOf("#") + 1);
    const name = from === PATH ? `<span id="${esc(id)}">${esc(i.name)}</span>` : `<a href="${href(from, i.anchor)}">${esc(i.name)}</a>`;
    const done = i.actions.filter((a) => a.done !== null).length;
    const overdue = i.actions.filter((a) => a.overdue).length;
    return [
      name,
      ...withAgreement ? [agreementCell(from, i)] : [],
      esc(i.targets?.join(", ") ?? t("site.improvements.allTargets")),
      esc(i.period === null ? t("site.improvements.anyPeriod") : text.periodLabel(i.period)),
      esc(dayText(i.raised, text)),
      badge(STATUS_CLASS[i.status], t(`report.improvement.status.${STATUS_KEY[i.status]}`)),
      esc(i.owner ?? "\u2013"),
      esc(i.cause ?? "\u2013"),
      `${esc(t("report.improvement.actionsOf", { done, total: i.actions.length }))}${overdue > 0 ? `<br>${badge("breached", t("site.improvements.overdueCount", { count: overdue }))}` : ""}`
    ];
  });
}
function agreementCell(from, i) {
  if (i.agreement === null)
    return esc(i.reference);
  const label = `${i.agreement.kind} ${i.agreement.name}`;
  return i.agreement.page ? `<a href="${href(from, i.agreement.page)}">${esc(label)}</a>` : esc(label);
}
function formatImprovementsPage(site, ctx) {
  const text = siteText(site);
  const { t } = text;
  const open = site.improvements.filter((i) => i.open);
  const closed = site.improvements.filter((i) => !i.open);
  const overdue = open.flatMap((i) => i.actions.filter((a) => a.overdue).map((a) => ({ i, a })));
  const asOfDay = Date.parse(`${site.asOf}T00:00:00Z`);
  const overdueRows = overdue.map(({ i, a }) => [
    esc(a.text),
    `<a href="#${esc(i.anchor.slice(i.anchor.indexOf("#") + 1))}">${esc(i.name)}</a>`,
    agreementCell(PATH, i),
    esc(a.owner ?? i.owner ?? "\u2013"),
    `${esc(dayText(a.due, text))}<br><span class="sub">${esc(daysText(Math.round((Date.parse(`${a.due}T00:00:00Z`) - asOfDay) / 864e5), text))}</span>`
  ]);
  const heading = t("site.improvements.heading");
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(t("site.improvements.lead", {
    asOf: dayText(site.asOf, text),
    open: open.length,
    overdue: overdue.length
  }))}</p>
<h2>${esc(t("site.improvements.open"))}</h2>
${open.length > 0 ? table(improvementHead(text, true), improvementRows(PATH, open, text, true)) : `<p>${esc(t("site.improvements.noneOpen"))}</p>`}
<h2>${esc(t("site.improvements.overdue", { asOf: dayText(site.asOf, text) }))}</h2>
${overdue.length > 0 ? table([
    t("report.improvement.action"),
    t("report.improvement.item"),
    t("site.head.agreement"),
    t("report.improvement.owner"),
    t("report.improvement.due")
  ], overdueRows) : `<p>${esc(t("site.improvements.noneOverdue"))}</p>`}
${closed.length > 0 ? `<h2>${esc(t("site.improvements.closed"))}</h2>
${table(improvementHead(text, true), improvementRows(PATH, closed, text, true))}` : ""}`;
  return htmlPage(site, PATH, heading, body, ctx);
}

export {
  improvementHead,
  improvementRows,
  formatImprovementsPage
};
