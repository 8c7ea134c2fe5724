#include "reports/ReportFilterForm.h"

#include "reports/ReportCharts.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace adreview {

ReportFilterForm::ReportFilterForm(const QDate &today, QWidget *parent) : QWidget(parent)
{
    m_allTime = new QCheckBox(tr("&All time"), this);
    m_allTime->setObjectName(u"allTime"_s);
    m_allTime->setChecked(true);
    m_from = new QDateEdit(today.addDays(-90), this);
    m_from->setObjectName(u"from"_s);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"to"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_allTime);
    period->addWidget(new QLabel(tr("or from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);

    m_policies = checkList(u"policies"_s, tr("Policies"));
    m_reviewers = checkList(u"reviewers"_s, tr("Reviewers"));
    auto *outcomes = new QHBoxLayout;
    for (const QString &o : {u"banned"_s, u"cleared"_s, u"reinstated"_s}) {
        auto *box = new QCheckBox(ReportCharts::outcomeName(o), this);
        box->setObjectName(u"outcome-"_s + o);
        box->setProperty("outcome", o);
        box->setChecked(true);
        m_outcomes << box;
        outcomes->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ReportFilterForm::changed);
    }
    outcomes->addStretch(1);
    m_countries = new QLineEdit(this);
    m_countries->setObjectName(u"countries"_s);
    m_countries->setPlaceholderText(tr("Any country; or codes such as RU, US"));
    m_countries->setAccessibleName(tr("Advertiser countries"));
    m_countries->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,2}([ ,]+[A-Za-z]{0,2})*"_s), m_countries));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("&Policies:"), m_policies);
    form->addRow(tr("&Reviewers:"), m_reviewers);
    form->addRow(tr("Outcomes:"), outcomes);
    form->addRow(tr("&Country:"), m_countries);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_policies)))
        label->setBuddy(m_policies);

    connect(m_allTime, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportFilterForm::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportFilterForm::changed);
    connect(m_countries, &QLineEdit::textChanged, this, &ReportFilterForm::changed);
}

QListWidget *ReportFilterForm::checkList(const QString &name, const QString &accessibleName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setToolTip(tr("Tick the ones to report on; none ticked means all."));
    list->setMaximumHeight(110);
    list->setUniformItemSizes(true);
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(list, &QListWidget::itemChanged, this, &ReportFilterForm::changed);
    return list;
}

void ReportFilterForm::setPolicies(const QList<Policy> &policies)
{
    const QStringList keep = ticked(m_policies);
    const QSignalBlocker block(m_policies);
    m_policies->clear();
    for (const Policy &p : policies) {
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(p.code, p.title), m_policies);
        // A tooltip guesses at rich text; escaped, the description is shown as written.
        item->setToolTip(u"<p>%1</p>"_s.arg((p.description.isEmpty() ? p.title : p.description).toHtmlEscaped()));
        item->setData(Qt::UserRole, p.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(p.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportFilterForm::setReviewers(const QStringList &reviewers)
{
    const QStringList keep = ticked(m_reviewers);
    const QSignalBlocker block(m_reviewers);
    m_reviewers->clear();
    for (const QString &r : reviewers) {
        auto *item = new QListWidgetItem(r, m_reviewers);
        item->setData(Qt::UserRole, r);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(r) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ReportFilterForm::ticked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

bool ReportFilterForm::hasOutcome() const
{
    return std::any_of(m_outcomes.begin(), m_outcomes.end(), [](const QCheckBox *b) { return b->isChecked(); });
}

ReportFilter ReportFilterForm::filter() const
{
    ReportFilter f;
    if (!m_allTime->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.policies = ticked(m_policies);
    f.reviewers = ticked(m_reviewers);
    QStringList outcomes;
    for (const QCheckBox *b : m_outcomes) {
        if (b->isChecked())
            outcomes << b->property("outcome").toString();
    }
    if (outcomes.size() < m_outcomes.size())
        f.outcomes = outcomes;
    static const QRegularExpression separators(u"[ ,]+"_s);
    for (const QString &code : m_countries->text().split(separators, Qt::SkipEmptyParts))
        f.countries << code.toUpper();
    return f;
}

} // namespace adreview
