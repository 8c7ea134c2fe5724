#include "case/RereviewBanner.h"

#include "case/RevisionText.h"
#include "widgets/PlainLabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

RereviewBanner::RereviewBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"rereviewBanner"_s);
    setAccessibleName(tr("Re-review"));
    // The conflict banner's pair of colours in blue: dark text on a light tint reads the same on
    // light and dark palettes, and the words carry the meaning without the colour.
    setStyleSheet(u"QFrame#rereviewBanner { background-color: #d6e6ff; border: 1px solid #3b6db3; border-radius: 4px; }"
                  "QFrame#rereviewBanner QLabel { color: #0b1f3d; background: transparent; }"_s);
    auto *icon = new PlainLabel(tr("Information"), this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    m_title = new PlainLabel(tr("Re-review"), this);
    m_title->setObjectName(u"rereviewTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text = new PlainLabel(tr("Why the case is in re-review"), this);
    m_text->setObjectName(u"rereviewText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reaffirm = new QPushButton(tr("Re-affirm…"), this);
    m_reaffirm->setObjectName(u"rereviewReaffirm"_s);
    m_reaffirm->setToolTip(tr("Keep the decision: its revised evidence does not change it"));
    m_reverse = new QPushButton(tr("Reverse…"), this);
    m_reverse->setObjectName(u"rereviewReverse"_s);
    m_reverse->setToolTip(tr("Turn the decision: ban a cleared advertiser, reinstate a banned one"));
    m_reaffirm->setAccessibleName(tr("Re-affirm the decision"));
    m_reverse->setAccessibleName(tr("Reverse the decision"));
    for (QPushButton *button : {m_reaffirm, m_reverse}) {
        button->setAutoDefault(false);
        button->setAccessibleDescription(button->toolTip());
    }
    connect(m_reaffirm, &QPushButton::clicked, this, [this] { emit actionRequested(u"reaffirm"_s); });
    connect(m_reverse, &QPushButton::clicked, this, [this] { emit actionRequested(u"reverse"_s); });

    auto *words = new QVBoxLayout;
    words->setContentsMargins(0, 0, 0, 0);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reaffirm);
    buttons->addWidget(m_reverse);
    buttons->addStretch(1);
    words->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    hide();
}

void RereviewBanner::setCase(const CaseFold::State &fold, const QList<Evidence> &evidence)
{
    if (fold.rereview.isEmpty()) {
        m_title->clear();
        m_text->clear();
        hide();
        return;
    }
    QStringList lines;
    for (const CaseFold::State::Rereview &r : fold.rereview) {
        Evidence original;
        original.ref = r.ref;
        for (const Evidence &e : evidence) {
            if (e.ref == r.ref)
                original = e;
        }
        lines << tr("• %1").arg(RevisionText::rereviewLine(r, original));
    }
    m_title->setText(tr("In re-review: evidence this decision rests on was revised since it was made. Re-affirm "
                        "the decision or reverse it."));
    m_text->setText(lines.join(u'\n'));
    show();
}

QString RereviewBanner::text() const
{
    return isHidden() ? QString() : m_title->text() + u'\n' + m_text->text();
}

} // namespace adreview
