#include "case/CasePane.h"

#include "domain/CaseFold.h"

#include "case/CaseHeader.h"
#include "case/ConflictBanner.h"
#include "case/EvidencePanel.h"
#include "case/HistoryView.h"
#include "case/RereviewBanner.h"
#include "domain/EvidenceKinds.h"
#include "storage/CaseRepository.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/PlainLabel.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

enum Tab { NewsTab, AdvisoryTab, OtherTab };

Tab tabFor(const QString &kind)
{
    switch (evidencekinds::of(kind).panel) {
    case EvidenceKindInfo::Panel::News:
        return NewsTab;
    case EvidenceKindInfo::Panel::Advisories:
        return AdvisoryTab;
    case EvidenceKindInfo::Panel::Other:
        break;
    }
    return OtherTab;
}

} // namespace

CasePane::CasePane(Database &db, const Clock &clock, QWidget *parent) : QWidget(parent), m_db(db), m_clock(clock)
{
    m_actions.openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_actions.confirm = [this](const QString &question) { return askUser(question); };
    setAccessibleName(tr("Case pane"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_message = new PlainLabel(tr("Case pane message"), m_stack);
    m_message->setObjectName(u"message"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    m_outOfView = new PlainLabel(tr("Not in this view"), content);
    m_outOfView->setObjectName(u"outOfView"_s);
    m_outOfView->setWordWrap(true);
    m_outOfView->setForegroundRole(QPalette::PlaceholderText);
    m_outOfView->hide();
    contentLayout->addWidget(m_outOfView);
    m_header = new CaseHeader(content);
    m_header->setObjectName(u"caseHeader"_s);
    contentLayout->addWidget(m_header);
    m_banner = new ConflictBanner(content);
    contentLayout->addWidget(m_banner);
    m_rereview = new RereviewBanner(content);
    contentLayout->addWidget(m_rereview);
    connect(m_rereview, &RereviewBanner::actionRequested, this, &CasePane::decisionRequested);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(splitter, 1);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"evidenceTabs"_s);
    m_tabs->setAccessibleName(tr("Evidence"));
    m_tabs->tabBar()->setAccessibleName(tr("Evidence kinds"));
    m_tabs->tabBar()->setAccessibleDescription(tr("News citations, agency advisories and other evidence"));
    m_news = new EvidencePanel(db, m_actions, EvidencePanel::ExtraColumn::None, tr("News citations"), m_tabs);
    m_news->setObjectName(u"newsPanel"_s);
    m_advisories =
        new EvidencePanel(db, m_actions, EvidencePanel::ExtraColumn::Reference, tr("Agency advisories"), m_tabs);
    m_advisories->setObjectName(u"advisoryPanel"_s);
    m_other = new EvidencePanel(db, m_actions, EvidencePanel::ExtraColumn::Kind, tr("Other evidence"), m_tabs);
    m_other->setObjectName(u"otherPanel"_s);
    m_tabs->addTab(m_news, QString());
    m_tabs->addTab(m_advisories, QString());
    m_tabs->addTab(m_other, QString());
    for (EvidencePanel *panel : {m_news, m_advisories, m_other})
        connect(panel, &EvidencePanel::reviseRequested, this, &CasePane::reviseRequested);
    m_tabs->setTabToolTip(0, tr("What the press reported about the advertiser"));
    m_tabs->setTabToolTip(1, tr("Government agencies' advisories and directives"));
    m_tabs->setTabToolTip(2, tr("Company statements, other platforms' actions and internal signals"));

    auto *historyBox = new QGroupBox(tr("History (newest first)"), splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    m_history = new HistoryView(historyBox);
    m_history->setObjectName(u"history"_s);
    historyLayout->addWidget(m_history);
    splitter->addWidget(m_tabs);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 300});
    m_stack->addWidget(content);

    QList<QWidget *> chain{m_tabs->tabBar()};
    for (EvidencePanel *panel : {m_news, m_advisories, m_other})
        chain += panel->focusOrder();
    chain += m_history->focusOrder();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    clear();
}

void CasePane::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_actions.openUrl = std::move(opener);
}

void CasePane::setConfirmer(std::function<bool(const QString &)> confirm)
{
    m_actions.confirm = std::move(confirm);
}

void CasePane::setSaveChooser(std::function<QString(const QString &)> choose)
{
    m_actions.chooseSavePath = std::move(choose);
}

bool CasePane::askUser(const QString &question)
{
    // Not QMessageBox::question: its text would be read as rich text when it looks like HTML,
    // and the question quotes addresses and file names from outside.
    QMessageBox box(QMessageBox::Question, tr("AdReview"), question, QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString CasePane::caseRef() const
{
    return m_record.ref;
}

void CasePane::showDecided(const CaseRecord &record, const QList<Event> &events)
{
    Q_ASSERT(record.ref == m_record.ref);
    m_record = record;
    m_fold = CaseFold::fold(events);
    m_header->setCase(m_record, m_clock.now());
    m_header->setProposal(m_fold.proposal, m_clock.now());
    m_history->setEvents(events, signatureMarks(events));
    m_banner->setEvents(events);
    m_rereview->setCase(m_fold, m_evidence);
    showEvidence(true);
    emit caseLoaded(m_record.ref);
}

QHash<QString, SignatureMark> CasePane::signatureMarks(const QList<Event> &events)
{
    // A mark that cannot be read is left off: the history still shows.
    QHash<QString, SignatureMark> byId;
    if (auto marks = DeviceRepository(m_db).signatureMarks(events)) {
        for (qsizetype i = 0; i < events.size(); ++i)
            byId.insert(events.at(i).uuid, marks->at(i));
    }
    return byId;
}

const CaseRecord &CasePane::record() const
{
    return m_record;
}

const QList<Evidence> &CasePane::evidence() const
{
    return m_evidence;
}

const QList<Event> &CasePane::events() const
{
    return m_history->events();
}

QString CasePane::seenHead() const
{
    return m_record.heads.value(0);
}

void CasePane::setOutOfView(const QString &notice)
{
    m_outOfView->setText(notice);
    m_outOfView->setVisible(!notice.isEmpty());
}

QString CasePane::outOfView() const
{
    return m_outOfView->isVisible() ? m_outOfView->text() : QString();
}

void CasePane::clear()
{
    m_record = {};
    setOutOfView({});
    m_contested.reset();
    m_evidence.clear();
    m_fold = {};
    m_header->clear();
    m_banner->setEvents({});
    m_rereview->setCase({}, {});
    for (EvidencePanel *panel : {m_news, m_advisories, m_other})
        panel->clear();
    m_history->clear();
    setTabTitles(-1, -1, -1);
    showMessage(tr("No case selected"));
}

void CasePane::setTabTitles(int news, int advisories, int other)
{
    // The count is part of the title, so it is read out with it; -1 leaves it out.
    const auto title = [](const QString &name, int count) {
        return count < 0 ? name : tr("%1 (%2)").arg(name).arg(count);
    };
    m_tabs->setTabText(NewsTab, title(tr("News citations"), news));
    m_tabs->setTabText(AdvisoryTab, title(tr("Agency advisories"), advisories));
    m_tabs->setTabText(OtherTab, title(tr("Other"), other));
}

void CasePane::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

Status CasePane::showCase(const QString &ref)
{
    const auto fail = [this](const Error &error) -> Status {
        clear();
        showMessage(error.message);
        return error;
    };
    auto found = CaseRepository(m_db).findByRef(ref);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(Error::rejected(tr("There is no case %1 in this database.").arg(ref)));
    const qint64 caseId = (*found)->id;
    auto evidence = EvidenceRepository(m_db).forCase(caseId);
    if (!evidence)
        return fail(evidence.error());
    auto events = EventRepository(m_db).forCase(caseId);
    if (!events)
        return fail(events.error());

    const bool reload = m_record.ref == ref && m_record.id == caseId;
    if (!reload)
        setOutOfView({});

    m_record = std::move(**found);
    m_evidence = std::move(*evidence);
    m_fold = CaseFold::fold(*events);
    m_header->setCase(m_record, m_clock.now());
    auto contested = EventRepository(m_db).contestedBy(m_record);
    if (!contested)
        return fail(contested.error());
    m_contested = *contested;
    m_header->setContested(m_record, m_contested);
    m_header->setProposal(m_fold.proposal, m_clock.now());
    m_history->setEvents(*events, signatureMarks(*events));
    m_banner->setEvents(*events);
    m_rereview->setCase(m_fold, m_evidence);
    showEvidence(reload);
    m_stack->setCurrentIndex(1);
    emit caseLoaded(m_record.ref);
    return {};
}

void CasePane::showEvidence(bool reload)
{
    // On a reload of the same case, the reviewer keeps their place.
    const int tab = m_tabs->currentIndex();
    const QStringList selected{m_news->selectedRef(), m_advisories->selectedRef(), m_other->selectedRef()};
    QList<Evidence> groups[3];
    for (const Evidence &e : std::as_const(m_evidence))
        groups[tabFor(e.kind)].append(e);
    m_news->setItems(groups[NewsTab], m_fold.revisions);
    m_advisories->setItems(groups[AdvisoryTab], m_fold.revisions);
    m_other->setItems(groups[OtherTab], m_fold.revisions);
    setTabTitles(int(groups[NewsTab].size()), int(groups[AdvisoryTab].size()), int(groups[OtherTab].size()));
    if (reload) {
        m_tabs->setCurrentIndex(tab);
        m_news->selectRef(selected[NewsTab]);
        m_advisories->selectRef(selected[AdvisoryTab]);
        m_other->selectRef(selected[OtherTab]);
    } else {
        // Open the first panel that has something in it.
        int first = NewsTab;
        while (first < OtherTab && groups[first].isEmpty())
            ++first;
        m_tabs->setCurrentIndex(first);
    }
}

} // namespace adreview
