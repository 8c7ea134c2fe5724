#pragma once

#include <QLabel>

namespace adreview {

// A label that never interprets its text: names, titles and excerpts come from outside, and a
// QLabel in its default AutoText mode would render "<img src=file:///…>" and read the file.
class PlainLabel : public QLabel {
    Q_OBJECT

public:
    explicit PlainLabel(const QString &accessibleName, QWidget *parent = nullptr);
};

} // namespace adreview
