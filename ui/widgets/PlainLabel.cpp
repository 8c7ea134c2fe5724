#include "widgets/PlainLabel.h"

namespace adreview {

PlainLabel::PlainLabel(const QString &accessibleName, QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setAccessibleName(accessibleName);
    setOpenExternalLinks(false);
}

} // namespace adreview
