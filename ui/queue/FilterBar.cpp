#include "queue/FilterBar.h"

#include "domain/Vocabulary.h"
#include "main/Actions.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProxyStyle>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The window's style with less room around a tab's text: eight tabs and their counts share the
// queue's width, and more of their titles are read whole.
class CompactTabStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int value = QProxyStyle::pixelMetric(metric, option, widget);
        return metric == PM_TabBarTabHSpace ? value * 2 / 3 : value;
    }
};

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabBar(this);
    m_tabs->setDocumentMode(true);
    auto *compact = new CompactTabStyle; // the application's style, whichever it is, underneath
    compact->setParent(m_tabs);
    m_tabs->setStyle(compact);
    m_tabs->setExpanding(false);
    m_tabs->setAccessibleName(tr("Queue tabs"));
    m_tabs->setAccessibleDescription(tr("Which cases the queue lists, with how many there are"));
    for (int i = 0; i < QueueFilter::tabCount; ++i) {
        m_tabs->addTab(tabTitle(QueueFilter::Tab(i)));
        m_tabs->setTabToolTip(i, tabDescription(QueueFilter::Tab(i)));
    }
    // A window too narrow even for the tabs' cut titles scrolls them with the buttons the bar brings.
    for (auto *button : m_tabs->findChildren<QToolButton *>()) {
        if (button->objectName() == u"ScrollLeftButton")
            button->setAccessibleDescription(tr("Shows the queue tabs further left"));
        else if (button->objectName() == u"ScrollRightButton")
            button->setAccessibleDescription(tr("Shows the queue tabs further right"));
    }

    m_tabs->installEventFilter(this); // their texts fit the width it is given

    // The saved views, under the state tabs: a checkable button each, those without room in the
    // toolbar's menu at the end of the row.
    m_viewBar = new QToolBar(this);
    m_viewBar->setObjectName(u"savedViews"_s);
    m_viewBar->setAccessibleName(tr("Saved views"));
    m_viewBar->setAccessibleDescription(
        tr("The views saved from the View menu, with how many cases each lists; the one shown is checked"));
    m_viewBar->setMovable(false);
    m_viewBar->setFloatable(false);
    m_viewBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_viewBar->setIconSize(QSize(16, 16));
    m_viewBar->setContentsMargins(0, 0, 0, 0);
    if (auto *more = m_viewBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s)) {
        more->setAccessibleName(tr("More saved views"));
        more->setAccessibleDescription(tr("Lists the saved views the row has no room for"));
        more->setToolTip(more->accessibleDescription());
    }
    m_viewBar->hide(); // until there is a view

    m_policy = combo(tr("Policy filter"), tr("All policies"), tr("List only the cases under this policy"));
    m_priority = combo(tr("Priority filter"), tr("Any priority"), tr("List only the cases of this priority"));
    for (const QString &p : vocab::priorities())
        m_priority->addItem(VocabularyText::priority(p), p);
    m_assignee = combo(tr("Assignee filter"), tr("Anyone"), tr("List only the cases assigned to this reviewer"));
    m_source = combo(tr("Source filter"), tr("Any source"), tr("List only the cases flagged by this source"));
    for (const QString &s : vocab::sources())
        m_source->addItem(VocabularyText::source(s), s);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search advertisers, cases, evidence (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(
        tr("Finds cases by words in advertiser names, case summaries, evidence and rationales"));
    QAction *searchIcon = m_search->addAction(Actions::icon(u"search"_s, u"edit-find"_s), QLineEdit::LeadingPosition);
    // The icon and the clear button Qt puts in the box, named for screen readers (on the buttons,
    // not their actions, which would make the box lay out its text again).
    QAction *clear = m_search->findChild<QAction *>(u"_q_qlineeditclearaction"_s);
    for (auto *button : m_search->findChildren<QToolButton *>()) {
        if (button->defaultAction() == searchIcon) {
            button->setAccessibleName(tr("Search"));
            button->setAccessibleDescription(tr("Search advertisers, cases, evidence (Ctrl+F)"));
        } else if (clear && button->defaultAction() == clear) {
            button->setAccessibleName(tr("Clear search"));
            button->setAccessibleDescription(tr("Clear the search and list every case of the tab again"));
        }
    }
    m_search->setMinimumWidth(260);
    m_bestMatch = new QCheckBox(tr("Best match first"), this);
    m_bestMatch->setObjectName(u"bestMatch"_s);
    m_bestMatch->setAccessibleName(tr("Best match first"));
    m_bestMatch->setAccessibleDescription(
        tr("Orders the search's results by how well they match the words, instead of by the sorted column"));
    m_bestMatch->setToolTip(m_bestMatch->accessibleDescription());
    m_bestMatch->setEnabled(false); // until there is a search to rank
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_policy);
    filters->addWidget(m_priority);
    filters->addWidget(m_assignee);
    filters->addWidget(m_source);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // The state tabs have their row to themselves; the filters' row sets how narrow the queue can be.
    m_tabs->setExpanding(false); // the bar takes the row's width, its tabs keep their own
    layout->addWidget(m_tabs);
    // The saved views, then (at the right, above the search it orders) Best match first.
    auto *viewRow = new QHBoxLayout;
    viewRow->setContentsMargins(0, 0, 0, 0);
    viewRow->addWidget(m_viewBar, 1);
    viewRow->addStretch(); // takes the row while there is no view
    viewRow->addWidget(m_bestMatch);
    layout->addLayout(viewRow);
    layout->addLayout(filters);

    connect(m_tabs, &QTabBar::currentChanged, this, &FilterBar::tabChanged);
    connect(m_tabs, &QTabBar::tabBarClicked, this, &FilterBar::stateTabClicked);
    for (QComboBox *c : {m_policy, m_priority, m_assignee, m_source})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_bestMatch->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_bestMatch, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            emitChanged();
        }
    });
}

QComboBox *FilterBar::combo(const QString &accessibleName, const QString &anyText, const QString &description)
{
    auto *c = new QComboBox(this);
    c->setAccessibleName(accessibleName);
    c->setAccessibleDescription(description);
    c->setToolTip(description);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->addItem(anyText, QString());
    return c;
}

QString FilterBar::tabTitle(QueueFilter::Tab tab)
{
    switch (tab) {
    case QueueFilter::Tab::Open:
        return tr("Open");
    case QueueFilter::Tab::Escalated:
        return tr("Escalated");
    case QueueFilter::Tab::Appeals:
        return tr("Appeals");
    case QueueFilter::Tab::Conflicts:
        return tr("Conflicts");
    case QueueFilter::Tab::Approvals:
        return tr("Approvals");
    case QueueFilter::Tab::Rereview:
        return tr("Re-review");
    case QueueFilter::Tab::ReviewDue:
        return tr("Review due");
    case QueueFilter::Tab::Decided:
        return tr("Decided");
    case QueueFilter::Tab::All:
        break;
    }
    return tr("All");
}

QString FilterBar::tabDescription(QueueFilter::Tab tab)
{
    switch (tab) {
    case QueueFilter::Tab::Open:
        return tr("Cases waiting for a decision");
    case QueueFilter::Tab::Escalated:
        return tr("Cases handed to a lead");
    case QueueFilter::Tab::Appeals:
        return tr("Banned advertisers asking to be reinstated");
    case QueueFilter::Tab::Conflicts:
        return tr("Cases decided differently on different machines, for a lead to resolve");
    case QueueFilter::Tab::Approvals:
        return tr("Bans proposed and awaiting a second reviewer's approval");
    case QueueFilter::Tab::Rereview:
        return tr("Decisions resting on evidence revised since they were made");
    case QueueFilter::Tab::ReviewDue:
        return tr("Decisions whose review date has come, and bans whose restrictions end within %n day(s)", nullptr,
                  QueueFilter::reviewNoticeDays);
    case QueueFilter::Tab::Decided:
        return tr("Cases with a decision");
    case QueueFilter::Tab::All:
        break;
    }
    return tr("Every case");
}

void FilterBar::setPolicies(const QList<Policy> &policies)
{
    m_quiet = true;
    const QString current = m_policy->currentData().toString();
    while (m_policy->count() > 1)
        m_policy->removeItem(1);
    for (const Policy &p : policies) {
        m_policy->addItem(p.code, p.code);
        m_policy->setItemData(m_policy->count() - 1, DisplayText::toolTip(p.title), Qt::ToolTipRole);
    }
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(current)));
    m_quiet = false;
}

void FilterBar::setAssignees(const QStringList &names)
{
    m_quiet = true;
    const QString current = m_assignee->currentData().toString();
    while (m_assignee->count() > 1)
        m_assignee->removeItem(1);
    m_assignee->addItem(tr("Unassigned"), QueueFilter::unassigned());
    for (const QString &n : names)
        m_assignee->addItem(n, n);
    // A chosen reviewer stays listed even with no cases here, so the box and the queue agree.
    if (!current.isEmpty() && m_assignee->findData(current) < 0)
        m_assignee->addItem(current, current);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(current)));
    m_assigneesListed = true;
    m_quiet = false;
}

QStringList FilterBar::policyCodes() const
{
    QStringList codes;
    for (int i = 1; i < m_policy->count(); ++i)
        codes << m_policy->itemData(i).toString();
    return codes;
}

std::optional<QStringList> FilterBar::assignees() const
{
    if (!m_assigneesListed)
        return std::nullopt;
    QStringList names;
    for (int i = 1; i < m_assignee->count(); ++i) {
        if (const QString name = m_assignee->itemData(i).toString(); name != QueueFilter::unassigned())
            names << name;
    }
    return names;
}

void FilterBar::setSavedViews(const QStringList &names, const QStringList &descriptions)
{
    m_quiet = true;
    if (m_view >= names.size())
        m_view = -1;
    m_viewNames = names;
    m_viewCounts.clear(); // counted again for the new list
    m_viewBar->clear();
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    for (int i = 0; i < names.size(); ++i) {
        auto *a = new QAction(Actions::icon(u"saved-view"_s), viewTitle(i), m_viewBar);
        a->setIconText(a->text()); // the button's text, with the name's ampersands kept
        a->setCheckable(true);
        a->setToolTip(DisplayText::toolTip(descriptions.value(i))); // names and words are the user's
        connect(a, &QAction::triggered, this, [this, i] {
            m_view = i;
            checkView();
            emit viewChosen(i); // whoever keeps the views shows it with setFilter()
        });
        m_viewBar->addAction(a);
        m_viewActions << a;
        if (QWidget *button = m_viewBar->widgetForAction(a))
            button->setAccessibleDescription(descriptions.value(i)); // read out, not shown: plain
    }
    m_viewBar->setVisible(!names.isEmpty());
    checkView();
    m_quiet = false;
}

void FilterBar::setViewCounts(const QList<qint64> &counts)
{
    if (counts.size() != m_viewNames.size())
        return; // an answer for a list since changed; the new list's is on its way
    m_viewCounts = counts;
    for (int i = 0; i < m_viewActions.size(); ++i) {
        m_viewActions[i]->setText(viewTitle(i));
        m_viewActions[i]->setIconText(viewTitle(i));
    }
}

QToolButton *FilterBar::viewButton(int index) const
{
    if (index < 0 || index >= m_viewActions.size())
        return nullptr;
    return qobject_cast<QToolButton *>(m_viewBar->widgetForAction(m_viewActions[index]));
}

void FilterBar::checkView()
{
    for (int i = 0; i < m_viewActions.size(); ++i)
        m_viewActions[i]->setChecked(i == m_view);
}

QString FilterBar::viewTitle(int index) const
{
    // A long name is cut on the button; the tooltip holds what the view lists.
    constexpr int longest = 32;
    QString name = m_viewNames.value(index);
    if (name.size() > longest)
        name = name.left(longest - 1) + u'…';
    name.replace(u'&', u"&&"_s); // a name's ampersand is not a mnemonic
    if (index >= m_viewCounts.size())
        return name;
    return u"%1 (%2)"_s.arg(name, QLocale().toString(m_viewCounts[index]));
}

void FilterBar::setCounts(const TabCounts &counts)
{
    m_counts = counts;
    fitTabs();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize)
        fitTabs();
    return QWidget::eventFilter(watched, event);
}

void FilterBar::fitTabs()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const QLocale locale;
    QStringList titles, counts, full;
    for (int i = 0; i < QueueFilter::tabCount; ++i) {
        const auto tab = QueueFilter::Tab(i);
        titles << tabTitle(tab);
        counts << (m_counts ? u" (%1)"_s.arg(locale.toString((*m_counts)[tab])) : QString());
        full << titles.last() + counts.last();
    }
    // The tabs of what seldom waits — conflicts, proposed bans, decisions in re-review — show while
    // they hold a case (or are the tab shown), so that the everyday tabs keep their whole titles.
    for (const auto tab : {QueueFilter::Tab::Conflicts, QueueFilter::Tab::Approvals, QueueFilter::Tab::Rereview}) {
        const int i = int(tab);
        m_tabs->setTabVisible(i, !m_counts || (*m_counts)[tab] > 0 || i == m_tabs->currentIndex());
    }
    // Whole texts first, to learn what the style adds around each.
    for (int i = 0; i < QueueFilter::tabCount; ++i) {
        if (m_tabs->tabText(i) != full[i])
            m_tabs->setTabText(i, full[i]);
    }
    const QFontMetrics metrics = m_tabs->fontMetrics();
    int fixed = 0; // the counts and the tabs' padding, never cut
    QList<int> widths;
    for (int i = 0; i < QueueFilter::tabCount; ++i) {
        const int title = metrics.horizontalAdvance(titles[i]);
        const bool shown = m_tabs->isTabVisible(i);
        widths << (shown ? title : 0);
        fixed += shown ? m_tabs->tabRect(i).width() - title : 0;
    }
    const int room = m_tabs->width() - fixed;
    const auto used = [&](int cap) {
        int sum = 0;
        for (int w : widths)
            sum += std::min(w, cap);
        return sum;
    };
    // The longest titles are cut first, to the same width: the widest that lets every tab fit.
    int cap = *std::max_element(widths.cbegin(), widths.cend());
    if (used(cap) > room) {
        int low = 0;
        int high = cap;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (used(mid) <= room)
                low = mid;
            else
                high = mid - 1;
        }
        cap = low;
    }
    for (int i = 0; i < QueueFilter::tabCount; ++i) {
        const QString description = tabDescription(QueueFilter::Tab(i));
        const bool cut = widths[i] > cap;
        if (cut)
            m_tabs->setTabText(i, metrics.elidedText(titles[i], Qt::ElideRight, cap) + counts[i]);
        m_tabs->setTabToolTip(i, cut ? full[i] + u'\n' + description : description);
        m_tabs->setAccessibleTabName(i, full[i]);
    }
    m_fitting = false;
}

QueueFilter FilterBar::filter() const
{
    QueueFilter f;
    f.tab = QueueFilter::Tab(m_stateTab);
    f.policyCode = m_policy->currentData().toString();
    f.priority = m_priority->currentData().toString();
    f.assignee = m_assignee->currentData().toString();
    f.source = m_source->currentData().toString();
    f.search = m_search->text().trimmed();
    f.bestMatch = m_bestMatch->isChecked();
    return f;
}

void FilterBar::setFilter(const QueueFilter &f, int savedView)
{
    m_quiet = true;
    m_stateTab = int(f.tab);
    m_view = savedView >= 0 && savedView < m_viewNames.size() ? savedView : -1;
    m_tabs->setCurrentIndex(m_stateTab); // a view's too: it lists cases of that state
    checkView();
    const auto select = [](QComboBox *c, const QString &value) { c->setCurrentIndex(std::max(0, c->findData(value))); };
    select(m_policy, f.policyCode);
    select(m_priority, f.priority);
    if (!f.assignee.isEmpty() && m_assignee->findData(f.assignee) < 0)
        m_assignee->addItem(f.assignee, f.assignee);
    select(m_assignee, f.assignee);
    select(m_source, f.source);
    m_search->setText(f.search);
    m_bestMatch->setChecked(f.bestMatch);
    m_searchDelay->stop();
    m_quiet = false;
}

void FilterBar::tabChanged(int index)
{
    fitTabs(); // a tab shown only while current may go
    if (m_quiet || index < 0)
        return;
    m_view = -1;
    m_stateTab = index;
    checkView();
    emit filterChanged(filter());
}

void FilterBar::stateTabClicked(int index)
{
    // The current tab, clicked while a view is shown, leaves the view (its filters stay, as with
    // any other tab); another tab does so through currentChanged.
    if (m_quiet || index < 0 || index != m_tabs->currentIndex() || m_view < 0)
        return;
    m_view = -1;
    checkView();
    emit filterChanged(filter());
}

void FilterBar::emitChanged()
{
    if (m_quiet)
        return;
    if (m_view >= 0) {
        // A filter changed by hand: what is listed is no longer the saved view.
        m_view = -1;
        checkView();
    }
    emit filterChanged(filter());
}

} // namespace adreview
