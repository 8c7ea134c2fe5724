#pragma once

#include "widgets/PlainLabel.h"

namespace adreview {

// The advertiser's status as a word on a coloured chip. The word carries the meaning; the colour
// only repeats it. Text and background are a fixed pair with high contrast, so the chip reads the
// same on light and dark palettes.
class StatusBadge : public PlainLabel {
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(const QString &status); // active | banned; empty hides the badge
    QString status() const { return m_status; }

private:
    QString m_status;
};

} // namespace adreview
