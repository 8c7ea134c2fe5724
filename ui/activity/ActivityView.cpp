#include "activity/ActivityView.h"

#include "domain/Vocabulary.h"
#include "queue/ActivityModel.h"
#include "queue/QueueText.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "widgets/VocabularyText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

ActivityView::ActivityView(const Clock &clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    setObjectName(u"activityView"_s);
    const auto combo = [this](const QString &name, const QString &accessible, const QString &description) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setAccessibleDescription(description);
        // Wide enough for a reviewer's or device's name, never the width of the longest policy title.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        return box;
    };
    m_reviewer = combo(u"activityReviewer"_s, tr("Reviewer"), tr("Only the events of this reviewer"));
    m_device = combo(u"activityDevice"_s, tr("Device"), tr("Only the events written on this device"));
    m_action = combo(u"activityAction"_s, tr("Action"), tr("Only events of this action"));
    m_policy = combo(u"activityPolicy"_s, tr("Policy"), tr("Only events under this policy"));
    m_period = combo(u"activityPeriod"_s, tr("Time"), tr("Only events from this time (UTC)"));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Yesterday"), int(Period::Yesterday));
    m_period->addItem(tr("This week"), int(Period::ThisWeek));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    refill(m_action, tr("All actions"), vocab::actions(), &VocabularyText::action);

    m_table = new QTableView(this);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setAccessibleName(tr("Activity"));
    m_table->setAccessibleDescription(
        tr("Every event of every case, newest first; double-click or Enter shows the event's case"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so it never reads pages it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const QString ref = m_model ? m_model->caseRefAt(index.row()) : QString(); !ref.isEmpty())
            emit caseChosen(ref);
    });

    m_status = new QLabel(this);
    m_status->setObjectName(u"activityStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    for (QComboBox *box : {m_reviewer, m_device, m_action, m_policy, m_period}) {
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ActivityView::applyFilter);
    }
    filters->addStretch(1);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    setTabOrder(m_reviewer, m_device);
    setTabOrder(m_device, m_action);
    setTabOrder(m_action, m_policy);
    setTabOrder(m_policy, m_period);
    setTabOrder(m_period, m_table);
}

ActivityView::~ActivityView() = default;

void ActivityView::refill(QComboBox *box, const QString &any, const QStringList &values,
                          QString (*shown)(const QString &))
{
    const QSignalBlocker block(box);
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(any, QString());
    for (const QString &v : values)
        box->addItem(shown ? shown(v) : v, v); // names from outside: a combo box shows them as plain text
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void ActivityView::setDatabase(Database *db)
{
    m_table->setModel(nullptr);
    m_model.reset();
    m_db = db;
    if (!m_db)
        return;
    fillChoices();
    m_model = std::make_unique<ActivityModel>(*m_db);
    m_model->setHeaders({tr("Time (UTC)"), tr("Reviewer"), tr("Device"), tr("Action"), tr("Case"), tr("Policy"),
                         tr("Outcome"), tr("Rationale")});
    m_model->setWords(std::make_shared<const QueueText>());
    (void)m_model->setFilter(filter()); // a failure shows in the status line
    m_table->setModel(m_model.get());
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ActivityView::updateStatus);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &ActivityView::updateStatus);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(ActivityModel::Time, fm.horizontalAdvance(u"0000-00-00 00:00:00"_s) + 16);
    for (int c : {ActivityModel::Reviewer, ActivityModel::Device, ActivityModel::Case})
        m_table->setColumnWidth(c, fm.horizontalAdvance(u"M"_s) * 11);
    m_table->setColumnWidth(ActivityModel::Policy, fm.horizontalAdvance(u"M"_s) * 9);
    // The action and outcome words in this language, each whole, and the column's title.
    const auto widest = [this, &fm](int column, VocabularyText::List list) {
        int width = m_table->horizontalHeader()->sectionSizeHint(column);
        for (const QString &word : VocabularyText::words(list))
            width = std::max(width, fm.horizontalAdvance(VocabularyText::show(list, word)) + 16);
        m_table->setColumnWidth(column, width);
    };
    widest(ActivityModel::Action, VocabularyText::List::Action);
    widest(ActivityModel::Outcome, VocabularyText::List::Outcome);
    updateStatus();
}

void ActivityView::fillChoices()
{
    ActivityRepository repo(*m_db);
    if (auto reviewers = repo.reviewers(); reviewers)
        refill(m_reviewer, tr("All reviewers"), *reviewers);
    if (auto devices = repo.devices(); devices)
        refill(m_device, tr("All devices"), *devices);
    QStringList codes;
    if (auto policies = PolicyRepository(*m_db).all(); policies) {
        for (const Policy &p : *policies)
            codes << p.code;
    }
    refill(m_policy, tr("All policies"), codes);
}

void ActivityView::refresh()
{
    if (!m_db || !m_model)
        return;
    fillChoices();
    // The filter again, not only the rows: "today" may have become yesterday.
    if (m_model->filter() == filter())
        (void)m_model->refresh();
    else
        (void)m_model->setFilter(filter());
}

ActivityFilter ActivityView::filter() const
{
    ActivityFilter f;
    f.reviewer = m_reviewer->currentData().toString();
    f.device = m_device->currentData().toString();
    f.action = m_action->currentData().toString();
    f.policy = m_policy->currentData().toString();
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime today = now.date().startOfDay(Qt::UTC);
    switch (Period(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Today:
        f.from = today;
        break;
    case Period::Yesterday:
        f.from = today.addDays(-1);
        f.to = today;
        break;
    case Period::ThisWeek:
        f.from = today.addDays(1 - now.date().dayOfWeek()); // weeks start on Monday
        break;
    case Period::Last30Days:
        f.from = now.addDays(-30);
        break;
    }
    return f;
}

void ActivityView::applyFilter()
{
    if (m_model)
        (void)m_model->setFilter(filter()); // a failure shows in the status line
}

void ActivityView::updateStatus()
{
    if (!m_model) {
        m_status->clear();
        return;
    }
    if (const Error *e = m_model->lastError())
        m_status->setText(tr("Reading the activity failed: %1").arg(e->message));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No events match"));
    else if (m_model->complete())
        m_status->setText(tr("%n event(s)", nullptr, m_model->rowCount()));
    else
        m_status->setText(tr("%n or more events, newest first", nullptr, m_model->rowCount()));
    // The filters' row is laid out once, before the first text: the line takes the width it needs.
    m_status->setMinimumWidth(m_status->sizeHint().width());
}

} // namespace adreview
