#pragma once

#include "domain/DsaDecision.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace adreview {

// The statement of reasons (DSA Art. 17) of a ban or a reinstatement, field by field: the ground
// and its texts, the category, the kinds of content, each restriction with an optional end date,
// where the restrictions apply, when the decision is to be reviewed, and the facts written for
// publication. It edits a dsa::Decision; what that lacks or gets wrong, the record's own rules
// (Decision::missing(), Decision::problems()) say, in the reader's words.
class StatementForm : public QWidget {
    Q_OBJECT

public:
    explicit StatementForm(QWidget *parent = nullptr);

    // Shows a starting point (a policy's defaults, nothing, or a draft the reviewer wrote, which
    // counts as `edited`).
    void load(const dsa::Decision &decision, bool edited = false);
    dsa::Decision decision() const;
    // Whether the reviewer changed anything since load().
    bool isEdited() const { return m_edited; }
    // The day the decision is taken: each end date must come after it, and one ticked on starts a
    // month later.
    void setDecidedOn(const QDate &day);

    // What a complete statement still needs, in words ("the category"); it is recorded without.
    QStringList missing() const;
    // What keeps the statement from being recorded, a sentence each.
    QStringList problems() const;
    // The fields in reading order, for the dialog's Tab chain.
    QList<QWidget *> focusOrder() const;

signals:
    // Any value changed, by the reviewer or by load().
    void changed();

private:
    struct Until {
        QCheckBox *on = nullptr;
        QDateEdit *date = nullptr;
    };

    QWidget *buildGround();
    QWidget *buildRestrictions();
    QWidget *buildScope();
    QLabel *rowLabel(const QString &text, const QString &accessibleName, QWidget *parent);
    QComboBox *choice(const QString &name, const QString &accessibleName, const QString &none, const QStringList &keys);
    QList<QCheckBox *> checks(const QStringList &keys, const QString &group);
    QLineEdit *otherText(const QString &name, const QString &accessibleName);
    Until until(const QString &name, const QString &restriction);
    QDate endOf(const Until &until, bool imposed) const;
    void setEnd(const Until &until, const QDate &end);
    QStringList codes() const;

    void edit();
    void groundChosen();
    void updateFields();

    QDate m_decidedOn;
    dsa::Decision m_loaded; // what load() showed: the texts a change of ground drops
    bool m_loading = false;
    bool m_edited = false;
    QList<QLabel *> m_rowLabels; // the first column of each group, made one width

    QComboBox *m_ground = nullptr;
    QLabel *m_groundTextLabel = nullptr;
    QLineEdit *m_groundText = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QComboBox *m_category = nullptr;
    QList<QCheckBox *> m_contentTypes;
    QLineEdit *m_contentOther = nullptr;
    QList<QCheckBox *> m_visibility;
    QLineEdit *m_visibilityOther = nullptr;
    Until m_endVisibility;
    QComboBox *m_monetary = nullptr;
    QLineEdit *m_monetaryOther = nullptr;
    Until m_endMonetary;
    QComboBox *m_service = nullptr;
    Until m_endService;
    QComboBox *m_account = nullptr;
    Until m_endAccount;
    QRadioButton *m_wholeEea = nullptr;
    QRadioButton *m_onlyIn = nullptr;
    QLineEdit *m_territories = nullptr;
    Until m_reviewBy;
    QPlainTextEdit *m_publicFacts = nullptr;
};

} // namespace adreview
