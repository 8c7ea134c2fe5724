#include "reports/ReportText.h"

#include "reports/ReportCharts.h"
#include "reports/ReportOutput.h"
#include "widgets/VocabularyText.h"

#include <QLocale>

namespace adreview {

namespace {

// The report's fixed texts, for lupdate: the HTML writer and ReportFilter::describe give them in
// English, and text() looks each up in this context.
const char *const fixedTexts[] = {
    QT_TRANSLATE_NOOP("adreview::ReportText", "Count"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Policy by outcome"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Policy"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decisions per week"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "No decisions in this period."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Weeks start on Monday; tallest week: %1 decisions."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decision report: "),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decision report"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Hours"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "No decisions match this filter."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decisions"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Summary"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Generated"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Database"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "decisions"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "bans"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "reinstatements"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "reinstatements per ban"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "median time from flag to decision"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "90th percentile time from flag to decision"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "decisions after the case's due time"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "open cases now (policy and country filters only)"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "appeals filed (%1 more than six months after the ban)"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "appeals reversed (%1 of %2 decided)"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "median time from appeal to decision"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "By outcome"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Outcome"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "By policy"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "By reviewer"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Reviewer"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Open cases by state"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "State"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Open cases by age"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Age"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "late"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "on time"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Banned"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Reinstated"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "under"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Case"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decided"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "by"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Rationale"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Evidence cited"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "No evidence cited."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Statement of reasons under the Digital Services Act (Art. 17)"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "No statement of reasons under the DSA was recorded with this decision."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Redress"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Disputed"),
    QT_TRANSLATE_NOOP(
        "adreview::ReportText",
        "decided apart with different outcomes; no statement of reasons is issued until a lead resolves the conflict."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decisions in conflict"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "History of the case"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Statements of reasons"),
    QT_TRANSLATE_NOOP("adreview::ReportText",
                      "For each advertiser banned or reinstated in the period: the latest such decision, its evidence "
                      "and the case's whole history. A case whose decisions are in conflict is shown as disputed, with "
                      "both sides, and gets no statement until a lead resolves it."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "No advertiser was banned or reinstated in this period."),
    QT_TRANSLATE_NOOP("adreview::ReportText",
                      "Written by AdReview. Times are UTC. Hours run from the flag to the decision."),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Ref"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Kind"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Title"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Source"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Reference"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Date"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decided (UTC)"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Device"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Time (UTC)"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Advertiser"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Decision"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Cited evidence"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Opened"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Due"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "SLA"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Restrictions"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Where"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Facts"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Automation"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Ground"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Explanation"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Category"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Content"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "Review by"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "%1 to %2"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "from %1"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "up to %1"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "all dates"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "policy"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "policies"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "all policies"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "all reviewers"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "decided by"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "outcome"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "outcomes"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "all outcomes"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "country"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "countries"),
    QT_TRANSLATE_NOOP("adreview::ReportText", "all countries"),
    QT_TRANSLATE_NOOP("adreview::ReportText", ", "),
    QT_TRANSLATE_NOOP("adreview::ReportText", " · "),
};

} // namespace

QString ReportText::text(const char *english) const
{
    return QCoreApplication::translate("adreview::ReportText", english);
}

QString ReportText::word(const QString &stored) const
{
    using List = VocabularyText::List;
    for (const List list : {List::Outcome, List::State, List::Action, List::EvidenceKind}) {
        if (VocabularyText::sourceText(list, stored).text)
            return VocabularyText::show(list, stored);
    }
    return ReportCharts::ageName(stored);
}

QString ReportText::duration(qint64 ms) const
{
    return ReportOutput::durationText(ms, tr("%1 h"), tr("%1 d"), QLocale());
}

QString ReportText::percent(double share) const
{
    return tr("%1 %").arg(QLocale().toString(100 * share, 'f', 1));
}

QString ReportText::language() const
{
    //: The language code of the HTML report's page: de, ru, …
    return tr("en");
}

QString ReportText::describe(const ReportFilter &filter)
{
    const ReportText words;
    return filter.describe([&words](const QString &english) { return words.text(english.toUtf8().constData()); },
                           [](const QString &name) { return name; });
}

QStringList ReportText::texts()
{
    QStringList all;
    for (const char *english : fixedTexts)
        all << QString::fromUtf8(english);
    return all;
}

} // namespace adreview
