#include "queue/StatusBadge.h"

using namespace Qt::StringLiterals;

namespace adreview {

StatusBadge::StatusBadge(QWidget *parent) : PlainLabel(tr("Advertiser status"), parent)
{
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    hide();
}

void StatusBadge::setStatus(const QString &status)
{
    m_status = status;
    if (status.isEmpty()) {
        clear();
        hide();
        return;
    }
    // White on these backgrounds has a contrast ratio above 6:1.
    QString background = u"#455a64"_s;
    if (status == u"banned") {
        setText(tr("Banned"));
        background = u"#b71c1c"_s;
    } else if (status == u"active") {
        setText(tr("Active"));
        background = u"#1b5e20"_s;
    } else {
        setText(status);
    }
    setStyleSheet(u"QLabel { color: #ffffff; background-color: %1; border-radius: 4px; padding: 2px 10px; "
                  "font-weight: bold; }"_s.arg(background));
    show();
}

} // namespace adreview
