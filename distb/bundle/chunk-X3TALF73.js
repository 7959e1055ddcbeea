import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/report/report-file-name.js
function reportFileName(reports, report) {
  const clash = reports.filter((r) => r.sla === report.sla).length > 1;
  return clash ? `${report.kind.toLowerCase()}-${report.sla}` : report.sla;
}

export {
  reportFileName
};
