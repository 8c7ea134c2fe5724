#include "decision/StatementForm.h"

#include "decision/DsaText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString illegal = u"DECISION_GROUND_ILLEGAL_CONTENT"_s;
const QString contentOther = u"CONTENT_TYPE_OTHER"_s;
const QString visibilityOther = u"DECISION_VISIBILITY_OTHER"_s;
const QString monetaryOther = u"DECISION_MONETARY_OTHER"_s;

QLabel *plainLabel(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}

void name(QWidget *w, const QString &objectName, const QString &accessibleName, const QString &description)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessibleName);
    w->setAccessibleDescription(description);
}

// A text box a few lines high, which Tab leaves rather than fills.
QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int margin = int(2 * edit->document()->documentMargin()) + 2 * edit->frameWidth();
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + margin);
    return edit;
}

// The values ticked: those of `first` in its order (a policy's defaults keep theirs, so that an
// untouched statement is the policy's text), then the others in the boxes' order.
QStringList checkedKeys(const QList<QCheckBox *> &boxes, const QStringList &first = {})
{
    QStringList ticked, keys;
    for (const QCheckBox *box : boxes) {
        if (box->isChecked())
            ticked << box->property("key").toString();
    }
    for (const QString &key : first) {
        if (ticked.contains(key) && !keys.contains(key))
            keys << key;
    }
    for (const QString &key : std::as_const(ticked)) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

void checkKeys(const QList<QCheckBox *> &boxes, const QStringList &keys)
{
    for (QCheckBox *box : boxes)
        box->setChecked(keys.contains(box->property("key").toString()));
}

void choose(QComboBox *combo, const QString &key)
{
    const int at = combo->findData(key);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace

StatementForm::StatementForm(QWidget *parent) : QWidget(parent), m_decidedOn(QDate::currentDate())
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildGround());
    layout->addWidget(buildRestrictions());
    layout->addWidget(buildScope());
    layout->addStretch(1);
    // One column of labels down the three groups, wide enough for each wording of the ground's.
    int width = 0;
    for (const QString &text : {tr("Legal ground or clause"), tr("Legal ground"), tr("Terms and conditions clause")})
        width = std::max(width, fontMetrics().horizontalAdvance(tr("%1:").arg(text)));
    for (QLabel *label : std::as_const(m_rowLabels))
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_rowLabels))
        label->setMinimumWidth(width);
    load({});
}

QLabel *StatementForm::rowLabel(const QString &text, const QString &accessibleName, QWidget *parent)
{
    QLabel *label = plainLabel(text, accessibleName, parent);
    m_rowLabels << label;
    return label;
}

QComboBox *StatementForm::choice(const QString &objectName, const QString &accessibleName, const QString &none,
                                 const QStringList &keys)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(none, QString());
    for (const QString &key : keys)
        combo->addItem(DsaText::value(key), key);
    connect(combo, &QComboBox::currentIndexChanged, this, &StatementForm::edit);
    return combo;
}

QList<QCheckBox *> StatementForm::checks(const QStringList &keys, const QString &group)
{
    QList<QCheckBox *> boxes;
    for (const QString &key : keys) {
        auto *box = new QCheckBox(DsaText::value(key), this);
        name(box, key, tr("%1: %2").arg(group, DsaText::value(key)), group);
        box->setProperty("key", key);
        connect(box, &QCheckBox::toggled, this, &StatementForm::edit);
        boxes << box;
    }
    return boxes;
}

QLineEdit *StatementForm::otherText(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    name(edit, objectName, accessibleName, tr("Required when “Other” is chosen"));
    edit->setPlaceholderText(tr("What other?"));
    edit->setMaxLength(500);
    connect(edit, &QLineEdit::textChanged, this, &StatementForm::edit);
    return edit;
}

StatementForm::Until StatementForm::until(const QString &objectName, const QString &restriction)
{
    Until u;
    u.on = new QCheckBox(tr("until"), this);
    name(u.on, u"until"_s + objectName, tr("%1 ends").arg(restriction),
         tr("Tick if the restriction ends on a given day; it is lifted then"));
    u.date = new QDateEdit(this);
    name(u.date, u"end"_s + objectName, tr("%1 ends on").arg(restriction),
         tr("The day the restriction ends, after the day of the decision"));
    u.date->setCalendarPopup(true);
    u.date->setDisplayFormat(u"yyyy-MM-dd"_s);
    u.date->setDateRange(QDate(2000, 1, 1), QDate(2038, 1, 1)); // what the Transparency Database takes
    // Its size hint leaves out the calendar's drop-down arrow, which then covers the last digits.
    u.date->setMinimumWidth(u.date->sizeHint().width() + u.date->fontMetrics().horizontalAdvance(u"000"_s));
    connect(u.on, &QCheckBox::toggled, this, &StatementForm::edit);
    connect(u.date, &QDateEdit::dateChanged, this, &StatementForm::edit);
    return u;
}

QWidget *StatementForm::buildGround()
{
    auto *box = new QGroupBox(tr("Ground"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_ground = choice(u"ground"_s, tr("Ground"), tr("Not given"), dsa::decisionGrounds());
    m_ground->setAccessibleDescription(
        tr("Whether the content is illegal, or incompatible with the platform's terms and conditions"));
    connect(m_ground, &QComboBox::currentIndexChanged, this, &StatementForm::groundChosen);
    auto *groundLabel = rowLabel(tr("&Ground:"), tr("Ground"), box);
    groundLabel->setBuddy(m_ground);
    form->addRow(groundLabel, m_ground);

    m_groundText = new QLineEdit(box);
    name(m_groundText, u"groundText"_s, tr("Legal ground"),
         tr("The law, or the clause of the terms and conditions, the decision rests on"));
    m_groundText->setMaxLength(500);
    connect(m_groundText, &QLineEdit::textChanged, this, &StatementForm::edit);
    m_groundTextLabel = rowLabel(QString(), tr("Legal ground"), box);
    m_groundTextLabel->setBuddy(m_groundText);
    form->addRow(m_groundTextLabel, m_groundText);

    m_explanation = textBox(3, box);
    name(m_explanation, u"explanation"_s, tr("Explanation"), tr("Why the content falls under that ground"));
    m_explanation->setPlaceholderText(m_explanation->accessibleDescription());
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &StatementForm::edit);
    auto *explanationLabel = rowLabel(tr("E&xplanation:"), tr("Explanation"), box);
    explanationLabel->setBuddy(m_explanation);
    form->addRow(explanationLabel, m_explanation);

    // In the reader's alphabetical order: sixteen categories are found by their first word.
    QStringList categories = dsa::categories();
    QCollator collator;
    std::sort(categories.begin(), categories.end(), [&](const QString &a, const QString &b) {
        return collator.compare(DsaText::value(a), DsaText::value(b)) < 0;
    });
    m_category = choice(u"category"_s, tr("Category"), tr("Not given"), categories);
    m_category->setAccessibleDescription(tr("The kind of violation, as the DSA Transparency Database groups them"));
    // The row gives them the width there is; their longest value must not widen the form.
    for (QComboBox *wide : {m_ground, m_category}) {
        wide->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        wide->setMinimumContentsLength(24);
    }
    auto *categoryLabel = rowLabel(tr("Categor&y:"), tr("Category"), box);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);

    m_contentTypes = checks(dsa::contentTypes(), tr("Type of content"));
    m_contentOther = otherText(u"contentTypeOther"_s, tr("Other type of content"));
    auto *types = new QGridLayout;
    for (int i = 0; i < m_contentTypes.size(); ++i)
        types->addWidget(m_contentTypes[i], i / 4, i % 4);
    auto *other = new QHBoxLayout;
    other->addWidget(m_contentTypes.last());
    other->addWidget(m_contentOther, 1);
    types->addLayout(other, 1, 3);
    types->setColumnStretch(3, 1);
    auto *typesLabel = rowLabel(tr("&Content:"), tr("Type of content"), box);
    typesLabel->setBuddy(m_contentTypes.first());
    form->addRow(typesLabel, types);
    return box;
}

QWidget *StatementForm::buildRestrictions()
{
    auto *box = new QGroupBox(tr("Restrictions imposed"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Each restriction on a row: its value, then "until" and the day it ends, at the right edge.
    const auto addRow = [&](const QString &label, const QString &accessibleName, QLayout *value, QWidget *buddy) {
        auto *l = rowLabel(label, accessibleName, box);
        l->setBuddy(buddy);
        form->addRow(l, value);
    };
    const auto ends = [](QBoxLayout *row, const Until &u) {
        row->addWidget(u.on);
        row->addWidget(u.date);
    };

    m_visibility = checks(dsa::visibilityRestrictions(), tr("Visibility"));
    m_visibilityOther = otherText(u"visibilityOther"_s, tr("Other visibility restriction"));
    m_endVisibility = until(u"Visibility"_s, tr("Visibility restriction"));
    auto *visibility = new QGridLayout;
    for (int i = 0; i < m_visibility.size() - 1; ++i)
        visibility->addWidget(m_visibility[i], i / 3, i % 3);
    visibility->addWidget(m_visibility.last(), 2, 0);
    visibility->addWidget(m_visibilityOther, 2, 1);
    auto *visibilityEnds = new QHBoxLayout;
    visibilityEnds->addStretch(1);
    ends(visibilityEnds, m_endVisibility);
    visibility->addLayout(visibilityEnds, 2, 2);
    addRow(tr("&Visibility:"), tr("Visibility"), visibility, m_visibility.first());

    m_monetary = choice(u"monetary"_s, tr("Monetary"), tr("None"), dsa::monetaryRestrictions());
    m_monetary->setAccessibleDescription(tr("Whether payments to the advertiser are suspended or terminated"));
    m_monetaryOther = otherText(u"monetaryOther"_s, tr("Other monetary restriction"));
    m_endMonetary = until(u"Monetary"_s, tr("Monetary restriction"));
    auto *monetary = new QHBoxLayout;
    monetary->addWidget(m_monetary);
    monetary->addWidget(m_monetaryOther, 1);
    ends(monetary, m_endMonetary);
    addRow(tr("&Monetary:"), tr("Monetary"), monetary, m_monetary);

    m_service = choice(u"service"_s, tr("Service"), tr("None"), dsa::serviceRestrictions());
    m_service->setAccessibleDescription(tr("Whether the service to the advertiser is suspended or terminated"));
    m_endService = until(u"Service"_s, tr("Restriction of the service"));
    auto *service = new QHBoxLayout;
    service->addWidget(m_service);
    service->addStretch(1);
    ends(service, m_endService);
    addRow(tr("Serv&ice:"), tr("Service"), service, m_service);

    m_account = choice(u"account"_s, tr("Account"), tr("None"), dsa::accountRestrictions());
    m_account->setAccessibleDescription(tr("Whether the advertiser's account is suspended or terminated"));
    m_endAccount = until(u"Account"_s, tr("Account restriction"));
    auto *account = new QHBoxLayout;
    account->addWidget(m_account);
    account->addStretch(1);
    ends(account, m_endAccount);
    addRow(tr("Acco&unt:"), tr("Account"), account, m_account);
    return box;
}

QWidget *StatementForm::buildScope()
{
    auto *box = new QGroupBox(tr("Scope and publication"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_wholeEea = new QRadioButton(tr("Whole EEA"), box);
    name(m_wholeEea, u"wholeEea"_s, tr("Whole EEA"), tr("The restrictions apply in the whole European Economic Area"));
    m_onlyIn = new QRadioButton(tr("O&nly in:"), box);
    name(m_onlyIn, u"onlyIn"_s, tr("Only in"), tr("The restrictions apply only in the countries named"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_wholeEea);
    group->addButton(m_onlyIn);
    m_territories = new QLineEdit(box);
    name(m_territories, u"territories"_s, tr("Countries"),
         tr("EU and EEA country codes, separated by commas: %1").arg(dsa::eeaCountries().join(u' ')));
    m_territories->setPlaceholderText(tr("Country codes, e.g. DE, FR, AT"));
    m_territories->setToolTip(m_territories->accessibleDescription());
    m_territories->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z ,;]*"_s), m_territories));
    connect(m_onlyIn, &QRadioButton::toggled, this, &StatementForm::edit);
    connect(m_territories, &QLineEdit::textChanged, this, &StatementForm::edit);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_wholeEea);
    scope->addWidget(m_onlyIn);
    scope->addWidget(m_territories, 1);
    form->addRow(rowLabel(tr("Territorial scope:"), tr("Territorial scope"), box), scope);

    m_reviewBy = until(u"ReviewBy"_s, QString());
    m_reviewBy.on->setText(tr("Revie&w by"));
    m_reviewBy.on->setAccessibleName(tr("Review by"));
    m_reviewBy.on->setAccessibleDescription(tr("Tick to set the day by which the decision is to be reviewed"));
    m_reviewBy.date->setAccessibleName(tr("Review date"));
    m_reviewBy.date->setAccessibleDescription(tr("The day by which the decision is to be reviewed"));
    auto *review = new QHBoxLayout;
    review->addWidget(m_reviewBy.on);
    review->addWidget(m_reviewBy.date);
    review->addStretch(1);
    form->addRow(rowLabel(tr("Review:"), tr("Review"), box), review);

    m_publicFacts = textBox(4, box);
    name(m_publicFacts, u"publicFacts"_s, tr("Public facts"),
         tr("The facts of the decision, as published in the DSA Transparency Database"));
    connect(m_publicFacts, &QPlainTextEdit::textChanged, this, &StatementForm::edit);
    auto *factsLabel = rowLabel(tr("Public &facts:"), tr("Public facts"), box);
    factsLabel->setBuddy(m_publicFacts);
    auto *note = plainLabel(tr("Published in the EU's DSA Transparency Database: state the facts only, never the "
                               "internal rationale, names or other personal data."),
                            tr("Note on the public facts"), box);
    note->setObjectName(u"publicFactsNote"_s);
    note->setWordWrap(true);
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_publicFacts);
    facts->addWidget(note);
    form->addRow(factsLabel, facts);
    return box;
}

void StatementForm::load(const dsa::Decision &d, bool edited)
{
    m_loading = true;
    m_loaded = d;
    choose(m_ground, d.ground);
    m_groundText->setText(d.groundText);
    m_groundText->setCursorPosition(0); // its beginning says what it is
    m_explanation->setPlainText(d.explanation);
    choose(m_category, d.category);
    checkKeys(m_contentTypes, d.contentTypes);
    m_contentOther->setText(d.contentTypeOther);
    checkKeys(m_visibility, d.visibility);
    m_visibilityOther->setText(d.visibilityOther);
    choose(m_monetary, d.monetary);
    m_monetaryOther->setText(d.monetaryOther);
    choose(m_service, d.service);
    choose(m_account, d.account);
    setEnd(m_endVisibility, d.endVisibility);
    setEnd(m_endMonetary, d.endMonetary);
    setEnd(m_endService, d.endService);
    setEnd(m_endAccount, d.endAccount);
    (d.territories.isEmpty() ? m_wholeEea : m_onlyIn)->setChecked(true);
    m_territories->setText(d.territories.join(u", "_s));
    setEnd(m_reviewBy, d.reviewBy);
    m_publicFacts->setPlainText(d.publicFacts);
    m_edited = edited;
    m_loading = false;
    updateFields();
    emit changed();
}

void StatementForm::setEnd(const Until &u, const QDate &end)
{
    u.on->setChecked(end.isValid());
    u.date->setDate(end.isValid() ? end : m_decidedOn.addMonths(1));
}

void StatementForm::setDecidedOn(const QDate &day)
{
    if (day == m_decidedOn)
        return;
    m_decidedOn = day;
    m_loading = true;
    for (const Until *u : {&m_endVisibility, &m_endMonetary, &m_endService, &m_endAccount, &m_reviewBy}) {
        if (!u->on->isChecked())
            u->date->setDate(day.addMonths(1));
    }
    m_loading = false;
    emit changed();
}

QDate StatementForm::endOf(const Until &u, bool imposed) const
{
    return imposed && u.on->isChecked() ? u.date->date() : QDate();
}

QStringList StatementForm::codes() const
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList out;
    for (const QString &code : m_territories->text().toUpper().split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(code))
            out << code;
    }
    return out;
}

dsa::Decision StatementForm::decision() const
{
    dsa::Decision d;
    d.ground = m_ground->currentData().toString();
    d.groundText = m_groundText->text().trimmed();
    d.explanation = m_explanation->toPlainText().trimmed();
    d.category = m_category->currentData().toString();
    d.contentTypes = checkedKeys(m_contentTypes, m_loaded.contentTypes);
    if (d.contentTypes.contains(contentOther))
        d.contentTypeOther = m_contentOther->text().trimmed();
    d.visibility = checkedKeys(m_visibility, m_loaded.visibility);
    if (d.visibility.contains(visibilityOther))
        d.visibilityOther = m_visibilityOther->text().trimmed();
    d.monetary = m_monetary->currentData().toString();
    if (d.monetary == monetaryOther)
        d.monetaryOther = m_monetaryOther->text().trimmed();
    d.service = m_service->currentData().toString();
    d.account = m_account->currentData().toString();
    d.endVisibility = endOf(m_endVisibility, !d.visibility.isEmpty());
    d.endMonetary = endOf(m_endMonetary, !d.monetary.isEmpty());
    d.endService = endOf(m_endService, !d.service.isEmpty());
    d.endAccount = endOf(m_endAccount, !d.account.isEmpty());
    if (m_onlyIn->isChecked())
        d.territories = codes();
    d.reviewBy = endOf(m_reviewBy, true);
    d.publicFacts = m_publicFacts->toPlainText().trimmed();
    return d;
}

QStringList StatementForm::missing() const
{
    const dsa::Decision d = decision();
    QStringList out;
    for (const QString &field : d.missing()) {
        // Without a ground, the text it needs is a law or a clause, not yet one of them.
        const bool groundText = field == u"illegal_content_legal_ground" || field == u"incompatible_content_ground";
        const QString words =
            d.ground.isEmpty() && groundText ? tr("the legal ground or clause") : DsaText::missing(field);
        if (!out.contains(words))
            out << words;
    }
    return out;
}

QStringList StatementForm::problems() const
{
    const dsa::Decision d = decision();
    QStringList out;
    for (const dsa::Problem &p : d.problems(m_decidedOn))
        out << DsaText::problem(p, d, m_decidedOn);
    // "Only in" with no country would read as the whole EEA: say so rather than guess.
    if (m_onlyIn->isChecked() && d.territories.isEmpty())
        out << tr("Territorial scope: name the countries, or choose the whole EEA.");
    out.removeDuplicates();
    return out;
}

QList<QWidget *> StatementForm::focusOrder() const
{
    QList<QWidget *> order{m_ground, m_groundText, m_explanation, m_category};
    for (QCheckBox *box : m_contentTypes)
        order << box;
    order << m_contentOther;
    for (QCheckBox *box : m_visibility)
        order << box;
    order << m_visibilityOther << m_endVisibility.on << m_endVisibility.date;
    order << m_monetary << m_monetaryOther << m_endMonetary.on << m_endMonetary.date;
    order << m_service << m_endService.on << m_endService.date;
    order << m_account << m_endAccount.on << m_endAccount.date;
    order << m_wholeEea << m_onlyIn << m_territories << m_reviewBy.on << m_reviewBy.date << m_publicFacts;
    return order;
}

void StatementForm::edit()
{
    if (m_loading)
        return;
    m_edited = true;
    updateFields();
    emit changed();
}

void StatementForm::groundChosen()
{
    if (m_loading)
        return;
    // The texts of the policy's ground name its basis, not another's: they go when the ground
    // changes (and come back with it), unless the reviewer wrote their own.
    const bool theirs = m_ground->currentData().toString() == m_loaded.ground;
    const auto follow = [&](const QString &now, const QString &loaded, const auto &set) {
        if (loaded.isEmpty())
            return;
        if (!theirs && now.trimmed() == loaded.trimmed())
            set(QString());
        else if (theirs && now.trimmed().isEmpty())
            set(loaded);
    };
    follow(m_groundText->text(), m_loaded.groundText, [this](const QString &t) { m_groundText->setText(t); });
    follow(m_explanation->toPlainText(), m_loaded.explanation,
           [this](const QString &t) { m_explanation->setPlainText(t); });
}

void StatementForm::updateFields()
{
    const QString ground = m_ground->currentData().toString();
    const bool isIllegal = ground == illegal;
    const bool none = ground.isEmpty();
    const QString label = none        ? tr("Legal ground or clause")
                          : isIllegal ? tr("Legal ground")
                                      : tr("Terms and conditions clause");
    m_groundTextLabel->setText(tr("%1:").arg(label));
    m_groundTextLabel->setAccessibleName(label);
    m_groundText->setAccessibleName(label);
    m_groundText->setPlaceholderText(none        ? QString()
                                     : isIllegal ? tr("The law the content breaks, with its article")
                                                 : tr("The clause of the terms and conditions it breaks"));

    m_contentOther->setEnabled(m_contentTypes.last()->isChecked());
    m_visibilityOther->setEnabled(m_visibility.last()->isChecked());
    m_monetaryOther->setEnabled(m_monetary->currentData().toString() == monetaryOther);
    const struct {
        const Until &until;
        bool imposed;
    } ends[] = {{m_endVisibility, !checkedKeys(m_visibility).isEmpty()},
                {m_endMonetary, m_monetary->currentIndex() > 0},
                {m_endService, m_service->currentIndex() > 0},
                {m_endAccount, m_account->currentIndex() > 0},
                {m_reviewBy, true}};
    for (const auto &end : ends) {
        end.until.on->setEnabled(end.imposed);
        end.until.date->setEnabled(end.imposed && end.until.on->isChecked());
    }
    m_territories->setEnabled(m_onlyIn->isChecked());
}

} // namespace adreview
