#include "case/ConflictSidesView.h"

#include "case/ConflictSides.h"
#include "widgets/DisplayText.h"
#include "widgets/PlainLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int maxTitleLength = 60; // an evidence title beside its ref, cut to keep the line short

QString citedEvidence(const QStringList &refs, const QList<Evidence> &evidence)
{
    if (refs.isEmpty())
        return ConflictSidesView::tr("Evidence cited: none");
    QStringList items;
    for (const QString &ref : refs) {
        const auto it =
            std::find_if(evidence.cbegin(), evidence.cend(), [&](const Evidence &e) { return e.ref == ref; });
        QString title = it == evidence.cend() ? QString() : DisplayText::oneLine(it->title);
        if (title.size() > maxTitleLength)
            title = title.left(maxTitleLength - 1) + u'…';
        items << (title.isEmpty() ? ref : ConflictSidesView::tr("%1 (%2)").arg(ref, DisplayText::isolate(title)));
    }
    return ConflictSidesView::tr("Evidence cited: %1").arg(items.join(u"; "_s));
}

} // namespace

ConflictSidesView::ConflictSidesView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Decisions in conflict"));
    m_heading = new PlainLabel(tr("Decisions in conflict"), this);
    m_heading->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"sides"_s);
    m_scroll->setAccessibleName(tr("Decisions in conflict"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setMinimumHeight(150);
    m_row = new QWidget(m_scroll);
    m_rowLayout = new QHBoxLayout(m_row);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_row);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll);
}

void ConflictSidesView::setSides(const QList<Event> &decisions, const QList<Evidence> &evidence)
{
    for (const Side &side : std::as_const(m_sides))
        delete side.box;
    m_sides.clear();
    for (qsizetype i = 0; i < decisions.size(); ++i)
        m_rowLayout->addWidget(buildSide(int(i) + 1, decisions[i], evidence), 1);
    m_heading->setText(decisions.isEmpty()
                           ? tr("No decisions are in conflict any more.")
                           : tr("These decisions were made without seeing each other and disagree; choose the "
                                "outcome that stands:"));
}

QWidget *ConflictSidesView::buildSide(int number, const Event &e, const QList<Evidence> &evidence)
{
    Side side;
    auto *box = new QFrame(m_row);
    box->setObjectName(u"side%1"_s.arg(number));
    box->setAccessibleName(tr("Decision %1").arg(number));
    box->setFrameShape(QFrame::StyledPanel);
    box->setMinimumWidth(280); // more than three sides scroll sideways rather than squeeze
    auto *layout = new QVBoxLayout(box);
    side.lines << tr("%1. %2").arg(number).arg(ConflictSides::decided(e))
               << tr("by %1 on %2")
                      .arg(DisplayText::isolate(DisplayText::oneLine(e.reviewer)),
                           DisplayText::isolate(DisplayText::oneLine(e.device)))
               << tr("%1 UTC").arg(DisplayText::utc(e.at)) << tr("Policy: %1").arg(DisplayText::orDash(e.policyCode))
               << citedEvidence(e.evidenceRefs, evidence);
    const QStringList names{tr("Decision"), tr("Reviewer and device"), tr("Time"), tr("Policy"), tr("Evidence cited")};
    for (qsizetype i = 0; i < side.lines.size(); ++i) {
        auto *label = new PlainLabel(names[i], box);
        label->setText(side.lines[i]);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (i == 0) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        layout->addWidget(label);
    }
    side.rationale = new QPlainTextEdit(box);
    side.rationale->setObjectName(u"sideRationale"_s);
    side.rationale->setAccessibleName(tr("Rationale of decision %1").arg(number));
    side.rationale->setReadOnly(true);
    side.rationale->setTabChangesFocus(true);
    side.rationale->setPlainText(e.rationale.isEmpty() ? tr("(no rationale)") : e.rationale);
    side.rationale->setFixedHeight(side.rationale->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(side.rationale);
    side.box = box;
    m_sides.append(side);
    return box;
}

QString ConflictSidesView::sideText(int i) const
{
    if (i < 0 || i >= m_sides.size())
        return {};
    const Side &side = m_sides[i];
    return (side.lines + QStringList{side.rationale->toPlainText()}).join(u'\n');
}

QList<QWidget *> ConflictSidesView::focusOrder() const
{
    QList<QWidget *> out;
    for (const Side &side : m_sides)
        out << side.rationale;
    return out;
}

} // namespace adreview
