#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace adreview {

// How the case pane reaches outside the program, and how it asks the user first. The pane owns
// one; its panels call through it, so tests can swap both for stand-ins.
struct ExternalActions {
    std::function<bool(const QUrl &)> openUrl;            // a link or a local file
    std::function<bool(const QString &question)> confirm; // true when the user said yes
    // Where to save a file, from the suggested path; empty when the user gave up. Unset: a file dialog.
    std::function<QString(const QString &suggestedPath)> chooseSavePath;
};

} // namespace adreview
