#pragma once

// What the window and dialog tests share: finding a named part, typing a key to whatever has the
// focus, waiting for the decision dialog, and a dark palette.

#include "decision/DecisionFlow.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QTest>

namespace adreview::test {

template <typename T>
T *part(const QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}

// A key as the user types it: to whatever has the focus.
inline void press(QWidget *fallback, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : fallback, key, modifiers);
}

// The decision dialog DecisionFlow showed, once it has the keyboard; null if none came. (Not
// qWaitForWindowActive: a dialog counts as active as soon as the window it belongs to is.)
inline DecisionDialog *shownDialog(const MainWindow &w)
{
    const auto active = [&] {
        DecisionDialog *d = w.decisions()->dialog();
        return d && d->isVisible() && QApplication::activeWindow() == d;
    };
    return QTest::qWaitFor(active) ? w.decisions()->dialog() : nullptr;
}

inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x96));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x80));
    return p;
}

} // namespace adreview::test
