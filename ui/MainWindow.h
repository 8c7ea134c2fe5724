#pragma once

#include "Database.h"
#include "ReviewService.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace adreview {

// The review window: the queue of cases and the selected case beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> db, Identity identity, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects the case in the queue; false when it is not there.
    bool selectCase(const QString &ref);

    static constexpr int queueLimit = 2000;

private:
    void loadQueue();
    void showCase(const QString &ref);

    std::unique_ptr<Database> m_db;
    Identity m_identity;
    QTreeWidget *m_queue = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace adreview
