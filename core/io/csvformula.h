#pragma once

#include <QString>
#include <QStringView>

namespace seika::core {

/// Formula injection (OWASP "CSV Injection"): a spreadsheet program runs a cell that starts with
/// `=`, `+`, `-`, `@`, TAB or CR as a formula (`=cmd|' /C calc'!A0`, `=HYPERLINK(…)`). Every text cell
/// Seika writes to a CSV file goes through csvGuardFormula() (CsvWriter::addField() calls it), and every
/// cell Seika reads goes through csvFormulaGuardLength() (CsvReader drops the guard), so that a file
/// Seika wrote reads back exactly:
///
/// - a text that starts with one of those characters, after any number of single quotes, is written
///   with one more single quote in front: `=1+2` → `'=1+2`, `'=x` → `''=x`, `''@a` → `'''@a`;
/// - a text that is a plain number (`-5`, `-1,234.5`, `-12.5%`: an optional minus, digits, commas, an
///   optional decimal part and percent sign) stays as it is: it is a number to Excel, not a formula;
/// - reading, a cell that starts with one or more single quotes followed by one of those characters
///   loses its first quote; every other cell is read as it is (`'abc` stays `'abc`).
///
/// Numbers written by CsvWriter::addAscii() are not touched.

/// True when text must be written with a leading single quote.
[[nodiscard]] bool csvNeedsFormulaGuard(QStringView text);
/// text as it is written to a CSV cell (see above).
[[nodiscard]] QString csvGuardFormula(QStringView text);
/// 1 when the cell read starts with the guard quote written by csvGuardFormula(), else 0.
[[nodiscard]] qsizetype csvFormulaGuardLength(QStringView cell);

} // namespace seika::core
