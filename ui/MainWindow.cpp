#include "MainWindow.h"

#include "CaseFold.h"
#include "CaseRepository.h"
#include "EventRepository.h"
#include "EvidenceRepository.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Identity identity, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_identity(std::move(identity))
{
    setWindowTitle(tr("%1 — AdReview").arg(QFileInfo(m_db->path()).fileName()));
    auto *splitter = new QSplitter(this);
    m_queue = new QTreeWidget(splitter);
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->setAlternatingRowColors(true);
    m_queue->setHeaderLabels({tr("Case"), tr("Priority"), tr("State"), tr("Outcome"), tr("Advertiser"), tr("Country"),
                              tr("Policy"), tr("Due"), tr("Assignee"), tr("Evidence")});
    m_queue->setAccessibleName(tr("Case queue"));
    // Text from outside is shown as plain text only.
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Case details"));
    splitter->addWidget(m_queue);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showCase(item->text(0));
    });
    resize(1280, 760);
    loadQueue();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadQueue()
{
    m_queue->clear();
    CaseRepository cases(*m_db);
    CaseFilter filter;
    filter.limit = queueLimit;
    QList<QTreeWidgetItem *> items;
    auto listed = cases.list(filter, [&](const CaseRecord &c) {
        items << new QTreeWidgetItem(QStringList{c.ref, c.priority, c.state, c.outcome, c.advertiserName, c.country,
                                                 c.policyCode, when(c.due), c.assignee,
                                                 QString::number(c.evidenceCount)});
        return true;
    });
    m_queue->addTopLevelItems(items);
    for (int i = 0; i < m_queue->columnCount(); ++i)
        m_queue->resizeColumnToContents(i);
    if (!listed) {
        m_status->setText(listed.error().message);
        return;
    }
    m_status->setText(tr("%1 — reviewer %2 on %3 — %n case(s) shown", nullptr, int(items.size()))
                          .arg(m_db->path(), m_identity.reviewer, m_identity.device));
    if (!items.isEmpty())
        m_queue->setCurrentItem(items.first());
}

bool MainWindow::selectCase(const QString &ref)
{
    const auto found = m_queue->findItems(ref, Qt::MatchExactly, 0);
    if (found.isEmpty())
        return false;
    m_queue->setCurrentItem(found.first());
    m_queue->scrollToItem(found.first());
    return true;
}

void MainWindow::showCase(const QString &ref)
{
    CaseRepository cases(*m_db);
    auto found = cases.findByRef(ref);
    if (!found || !found->has_value()) {
        m_detail->setPlainText(found ? tr("No case %1.").arg(ref) : found.error().message);
        return;
    }
    const CaseRecord &c = **found;
    EvidenceRepository evidenceRepo(*m_db);
    EventRepository eventRepo(*m_db);
    const auto evidence = evidenceRepo.forCase(c.id);
    const auto events = eventRepo.forCase(c.id);
    QString text;
    text += u"%1 — %2 (%3, %4)\nAdvertiser status: %5\n"_s.arg(c.ref, c.advertiserName, c.country, c.industry,
                                                               c.advertiserStatus);
    text += tr("State: %1, outcome %2   Policy: %3   Priority: %4\n").arg(c.state, c.outcome, c.policyCode, c.priority);
    text += tr("Opened %1   Due %2\n\n%3\n\n").arg(when(c.opened), when(c.due), c.summary);
    if (evidence) {
        text += tr("Evidence\n");
        for (const Evidence &e : *evidence)
            text +=
                u"  %1  %2 — %3, %4 [%5]\n      %6\n"_s.arg(e.ref, e.kind, e.source, e.date, e.reliability, e.title);
    }
    if (events) {
        text += tr("\nHistory\n");
        for (const Event &e : CaseFold::ordered(*events))
            text += u"  %1  %2 by %3%4\n"_s.arg(when(e.at), e.action, e.reviewer,
                                                e.rationale.isEmpty() || e.action == u"flag" ? QString()
                                                                                             : u": "_s + e.rationale);
    }
    m_detail->setPlainText(text);
}

} // namespace adreview
