#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// How the document's values are written into the tables, shared by the reader, the writer and the
// audit log so that what one writes the other reads.
namespace seika::core::stored {

// Keys of the settings table.
inline const QString TitleKey = QStringLiteral("title");
inline const QString MunicipalityNameKey = QStringLiteral("municipality_name");
inline const QString ReportFooterKey = QStringLiteral("report_footer");
inline const QString FirstYearKey = QStringLiteral("first_year");
inline const QString LastYearKey = QStringLiteral("last_year");
inline const QString FarDownThresholdKey = QStringLiteral("grading.far_down_threshold");
inline const QString FarDownShareForDKey = QStringLiteral("grading.far_down_share_for_d");
inline const QString BelowShareForCKey = QStringLiteral("grading.below_share_for_c");
inline const QString OutlierBandKey = QStringLiteral("outlier_band");

// Values of evaluation_reasons.kind and scale_entries.scale.
inline const QString GradeKind = QStringLiteral("grade");
inline const QString DirectionKind = QStringLiteral("direction");

/// Full precision and no locale: the shortest text that reads back as the same double.
inline QString doubleText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// A time as stored: ISO 8601 in UTC with milliseconds, so that text order is time order.
inline QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace seika::core::stored
