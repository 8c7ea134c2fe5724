#pragma once

#include "domain/ReportRecords.h"
#include "reports/ReportWords.h"

#include <QCoreApplication>
#include <QStringList>

namespace adreview {

// The HTML report's words in the reader's language, as the window writes it (the command line's
// stays English), and the report filter's line as the window shows it.
class ReportText final : public ReportWords {
    Q_DECLARE_TR_FUNCTIONS(adreview::ReportText)

public:
    QString text(const char *english) const override;
    QString word(const QString &stored) const override;
    QString duration(qint64 ms) const override;
    QString percent(double share) const override;
    QString language() const override;

    // The filter's line ("all dates · all policies · …") in the reader's language.
    static QString describe(const ReportFilter &filter);
    // Every fixed text the reports ask this for, in English, as translated.
    static QStringList texts();
};

} // namespace adreview
