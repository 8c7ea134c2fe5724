#pragma once

#include <QString>
#include <QtGlobal>

namespace adreview::cli {

// Starting the window where there may be no display. Qt's platform plugin, finding none, aborts
// the program with a page about plugins; AdReview says in one line what is missing and how to run
// the window instead, and exits with status 2.
class WindowSystem {
public:
    // Before the QApplication: a screenshot needs no display, so without one it is drawn
    // offscreen (unless QT_QPA_PLATFORM names a platform).
    static void prepare(bool screenshotOnly);

    // While one is alive, a failure of the platform plugin ends the program with that one line.
    // The plugin's warnings are held back until the application has started, and dropped if it
    // cannot.
    WindowSystem();
    ~WindowSystem();
    WindowSystem(const WindowSystem &) = delete;
    WindowSystem &operator=(const WindowSystem &) = delete;

    // The line printed when the window cannot start, for this environment.
    static QString failureMessage();
};

} // namespace adreview::cli
