#include "case/ConflictBanner.h"

#include "case/ConflictSides.h"
#include "widgets/PlainLabel.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

ConflictBanner::ConflictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"conflictBanner"_s);
    setAccessibleName(tr("Conflict"));
    // A fixed pair, as on the status badge: dark text on amber reads the same on light and dark
    // palettes (contrast above 9:1), and the words carry the meaning without the colour.
    setStyleSheet(u"QFrame#conflictBanner { background-color: #ffe08a; border: 1px solid #b07800; border-radius: 4px; }"
                  "QFrame#conflictBanner QLabel { color: #2b1d00; background: transparent; }"_s);
    auto *icon = new PlainLabel(tr("Warning"), this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_title = new PlainLabel(tr("Conflict"), this);
    m_title->setObjectName(u"conflictTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text = new PlainLabel(tr("Conflicting decisions"), this);
    m_text->setObjectName(u"conflictText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *words = new QVBoxLayout;
    words->setContentsMargins(0, 0, 0, 0);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    hide();
}

void ConflictBanner::setEvents(const QList<Event> &events)
{
    const QList<QList<Event>> groups = ConflictSides::groups(events);
    if (groups.isEmpty()) {
        m_title->clear();
        m_text->clear();
        hide();
        return;
    }
    QStringList paragraphs; // one per conflict, one line per decision in it
    for (const QList<Event> &group : groups) {
        QStringList lines;
        for (const Event &e : group)
            lines << tr("• %1").arg(ConflictSides::describe(e));
        paragraphs << lines.join(u'\n');
    }
    m_title->setText(tr("In conflict: decisions made apart disagree. A lead must resolve it (Case → Resolve "
                        "Conflict); until then only notes can be added."));
    m_text->setText(paragraphs.join(u"\n\n"_s));
    show();
}

QString ConflictBanner::text() const
{
    return isHidden() ? QString() : m_title->text() + u'\n' + m_text->text();
}

} // namespace adreview
