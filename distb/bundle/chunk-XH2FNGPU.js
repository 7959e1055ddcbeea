import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/time/civil-date.js
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isValidDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1)
    return false;
  if (month === 2 && day === 29)
    return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return day <= MONTH_DAYS[month - 1];
}

export {
  daysFromCivil,
  isValidDate
};
