#include "case/CaseHeader.h"

#include "domain/CaseFold.h"
#include "import/ImportPlan.h"
#include "queue/StatusBadge.h"
#include "widgets/DisplayText.h"
#include "widgets/PlainLabel.h"
#include "widgets/VocabularyText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QResizeEvent>
#include <QTimer>

#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

CaseHeader::CaseHeader(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_name = new PlainLabel(tr("Advertiser"), this);
    m_name->setObjectName(u"advertiserName"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true); // a long name takes lines, not the width of the window
    m_badge = new StatusBadge(this);
    m_badge->setObjectName(u"statusBadge"_s);
    top->addWidget(m_name, 1);
    top->addWidget(m_badge);
    layout->addLayout(top);

    m_summary = new PlainLabel(tr("Case summary"), this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_ref = addField(grid, tr("Case"), 0, 0);
    m_policy = addField(grid, tr("Policy"), 0, 2);
    m_country = addField(grid, tr("Country"), 1, 0);
    m_industry = addField(grid, tr("Industry"), 1, 2);
    m_priority = addField(grid, tr("Priority"), 2, 0);
    m_state = addField(grid, tr("State"), 2, 2);
    m_outcome = addField(grid, tr("Outcome"), 3, 0);
    m_assignee = addField(grid, tr("Assignee"), 3, 2);
    m_age = addField(grid, tr("Age"), 4, 0);
    m_sla = addField(grid, tr("SLA"), 4, 2);
    m_contests = addField(grid, tr("Contests"), 5, 0, 3); // an appeal's: the whole width
    m_contests->setObjectName(u"contests"_s);
    m_contestsCaption = qobject_cast<PlainLabel *>(grid->itemAtPosition(5, 0)->widget());
    m_contestsCaption->hide();
    m_contests->hide();
    m_sla->setObjectName(u"sla"_s);
    m_age->setObjectName(u"age"_s);
    m_outcome->setObjectName(u"outcome"_s);
    m_ref->setObjectName(u"caseRef"_s);
    m_priority->setObjectName(u"priority"_s);
    m_state->setObjectName(u"state"_s);
}

PlainLabel *CaseHeader::addField(QGridLayout *grid, const QString &caption, int row, int column, int span)
{
    auto *captionLabel = new PlainLabel(caption, this);
    captionLabel->setText(tr("%1:").arg(caption));
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new PlainLabel(caption, this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    grid->addWidget(captionLabel, row, column, Qt::AlignTop);
    grid->addWidget(value, row, column + 1, 1, span, Qt::AlignTop);
    return value;
}

void CaseHeader::setCase(const CaseRecord &c, const QDateTime &now)
{
    // Whole up to the importer's limits; what a sync bundle brings beyond them is cut.
    m_name->setText(DisplayText::capped(c.advertiserName, limits::name));
    m_badge->setStatus(c.advertiserStatus);
    m_summary->setText(DisplayText::capped(c.summary, limits::summary));
    m_ref->setText(c.ref);
    m_policy->setText(c.policyCode);
    const auto territory = QLocale::codeToTerritory(c.country);
    m_country->setText(territory == QLocale::AnyTerritory
                           ? c.country
                           : tr("%1 (%2)").arg(QLocale::territoryToString(territory), c.country));
    m_industry->setText(DisplayText::orDash(c.industry));
    m_priority->setText(VocabularyText::priority(c.priority));
    m_state->setText(VocabularyText::state(c.state));
    m_outcome->setToolTip({});
    m_outcome->setText(outcomeText(c, now));
    m_assignee->setText(DisplayText::orDash(c.assignee));
    m_age->setText(tr("%1 (opened %2 UTC)").arg(DisplayText::span(c.opened.secsTo(now)), DisplayText::utc(c.opened)));
    m_sla->setText(slaText(c, now));
    updateSlaColour();
    fitHeight();
}

void CaseHeader::setContested(const CaseRecord &c, const std::optional<ContestedDecision> &contested)
{
    const bool appeal = c.source == u"appeal";
    m_contestsCaption->setVisible(appeal);
    m_contests->setVisible(appeal);
    m_lateAppeal = false;
    if (!appeal) {
        m_contests->clear();
    } else if (!contested) {
        m_contests->setText(tr("no ban of this advertiser was recorded before the appeal"));
    } else {
        m_lateAppeal = contested->filedLate(c.opened);
        const QString ban = tr("the ban of %1 on %2 UTC by %3")
                                .arg(contested->caseRef, DisplayText::utc(contested->at), contested->reviewer);
        m_contests->setText(
            m_lateAppeal
                ? tr("%1 — filed more than %n month(s) after it", nullptr, ContestedDecision::monthsToAppeal).arg(ban)
                : ban);
        m_contests->setToolTip(tr("Decision %1. Whoever made it cannot decide the appeal.").arg(contested->eventId));
    }
    updateSlaColour();
    fitHeight();
}

void CaseHeader::setProposal(const std::optional<CaseFold::State::Proposal> &proposal, const QDateTime &now)
{
    if (!proposal)
        return;
    // The state field says "awaiting-approval"; the outcome field, empty until then, says whose ban
    // waits and for how long.
    m_outcome->setText(tr("ban proposed by %1 (%2 ago)")
                           .arg(proposal->reviewer, DisplayText::span(std::max<qint64>(0, proposal->at.secsTo(now)))));
    m_outcome->setToolTip(tr("A ban proposed %1 UTC on %2, awaiting approval. Another reviewer approves or rejects it; "
                             "%3 may withdraw it.")
                              .arg(DisplayText::utc(proposal->at), proposal->device, proposal->reviewer));
    fitHeight();
}

void CaseHeader::fitHeight()
{
    // A field's text that wraps needs its lines, but a layout inside the pane's gives each row of
    // the grid its labels' one-line minimum (it asks their height for a width it guesses, not the
    // one they get), cutting an SLA or a proposal in half. Once laid out, each row grows by what its
    // tallest label lacks at the width it got; the next layout pass settles it.
    QTimer::singleShot(0, this, [this] {
        auto *grid = findChild<QGridLayout *>();
        if (!grid)
            return;
        int lacking = 0;
        for (int row = 0; row < grid->rowCount(); ++row) {
            int rowLacks = 0;
            for (int column = 0; column < grid->columnCount(); ++column) {
                QLayoutItem *item = grid->itemAtPosition(row, column);
                auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
                if (!label || !label->isVisible() || !label->wordWrap())
                    continue;
                rowLacks = std::max(rowLacks, label->heightForWidth(label->width()) - label->height());
            }
            lacking += rowLacks;
        }
        if (lacking > 0)
            setMinimumHeight(height() + lacking);
    });
}

void CaseHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        setMinimumHeight(0); // a wider pane needs fewer lines
        fitHeight();
    }
}

QString CaseHeader::outcomeText(const CaseRecord &c, const QDateTime &now)
{
    // A time-limited ban ends at the start of its end date, UTC; a review date comes at the start
    // of its day and is met by anything recorded on the case from then on.
    QStringList parts{VocabularyText::outcome(c.outcome)};
    if (c.outcome == u"banned" && c.restrictedUntil.isValid()) {
        const QString day = c.restrictedUntil.date().toString(Qt::ISODate);
        parts << (now >= c.restrictedUntil ? tr("restriction ended on %1").arg(day)
                                           : tr("restriction ends on %1").arg(day));
    }
    if (c.reviewBy.isValid()) {
        const QString day = c.reviewBy.toString(Qt::ISODate);
        parts << (CaseFold::reviewDue(c.reviewBy, c.lastEventAt, now) ? tr("review due since %1").arg(day)
                                                                      : tr("review by %1").arg(day));
    }
    return parts.join(u" — "_s);
}

QString CaseHeader::slaText(const CaseRecord &c, const QDateTime &now)
{
    const QString due = tr("Due %1 UTC").arg(DisplayText::utc(c.due));
    m_overdue = false;
    if (c.state == u"decided") {
        if (!c.decidedAt.isValid())
            return due;
        const qint64 late = c.due.secsTo(c.decidedAt);
        return late > 0 ? tr("%1 — decided %2 late").arg(due, DisplayText::span(late))
                        : tr("%1 — decided within SLA").arg(due);
    }
    const qint64 left = now.secsTo(c.due);
    if (left < 0) {
        m_overdue = true;
        return tr("Overdue by %1 (due %2 UTC)").arg(DisplayText::span(-left), DisplayText::utc(c.due));
    }
    return tr("%1 — %2 left").arg(due, DisplayText::span(left));
}

void CaseHeader::updateSlaColour()
{
    QPalette p = palette();
    if (m_overdue) {
        // A red that keeps its contrast against the window colour, light or dark.
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    m_sla->setPalette(p);
    QFont f = m_sla->font();
    f.setBold(m_overdue);
    m_sla->setFont(f);
    // A late appeal is set in bold like a late case; its words say why.
    QFont contests = m_contests->font();
    contests.setBold(m_lateAppeal);
    m_contests->setFont(contests);
}

void CaseHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateSlaColour();
}

void CaseHeader::clear()
{
    for (PlainLabel *l : {m_name, m_summary, m_ref, m_policy, m_country, m_industry, m_priority, m_state, m_outcome,
                          m_assignee, m_age, m_sla, m_contests})
        l->clear();
    m_contestsCaption->hide();
    m_contests->hide();
    m_lateAppeal = false;
    m_badge->setStatus({});
    m_overdue = false;
    updateSlaColour();
}

} // namespace adreview
