#include "main/PreferencesDialog.h"

#include "domain/EventRules.h"
#include "main/Language.h"
#include "review/DeviceKeys.h"
#include "review/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460); // room for the notes in longer languages without wrapping every few words
    m_reviewer = new QLineEdit(settings.value(Settings::Key::Reviewer).toString(), this);
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_reviewer->setMaxLength(200);
    m_device = new QLineEdit(settings.value(Settings::Key::Device).toString(), this);
    m_device->setAccessibleName(tr("Device label"));
    m_device->setMaxLength(100);
    // The device names an audit chain and travels in sync bundles: keep it a plain identifier.
    m_device->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^[A-Za-z0-9][A-Za-z0-9._:-]*$"_s), m_device));
    // The device's signing key, as `adreview device show` prints it.
    m_key = new QLabel(this);
    m_key->setObjectName(u"signingKey"_s);
    m_key->setTextFormat(Qt::PlainText);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setAccessibleName(tr("Signing key"));
    const auto showKey = [this] {
        const QString device = m_device->text().trimmed();
        const DeviceKeys keys;
        auto key = device.isEmpty() ? Result<std::optional<DeviceKey>>(std::optional<DeviceKey>()) : keys.load(device);
        if (!key)
            m_key->setText(key.error().message);
        else if (!*key)
            m_key->setText(tr("None yet: made with this device's first signed decision"));
        else
            m_key->setText(tr("%1 (Ed25519, reviewer %2)").arg((*key)->fingerprint(), (*key)->reviewer()));
        m_key->setToolTip(device.isEmpty() ? QString() : QDir::toNativeSeparators(keys.path(device)));
    };
    showKey();
    connect(m_device, &QLineEdit::textChanged, this, showKey);
    auto *note = new QLabel(tr("Every event you record carries these two names. ADREVIEW_REVIEWER and "
                               "ADREVIEW_DEVICE, or --reviewer and --device, override them."),
                            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : language::codes())
        m_language->addItem(language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(Settings::Key::Language).toString())));
    auto *languageNote = new QLabel(tr("A new language is used from the next start."), this);
    languageNote->setTextFormat(Qt::PlainText);
    languageNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Reviewer name:"), m_reviewer);
    form->addRow(tr("&Device label:"), m_device);
    form->addRow(tr("Signing key:"), m_key);
    form->addRow(note);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(languageNote);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    if (m_reviewer->text().trimmed().isEmpty() || m_device->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Both names are needed."));
        return;
    }
    for (QLineEdit *edit : {m_reviewer, m_device}) {
        if (EventRules::nameProblem(edit->text().trimmed()).isEmpty())
            continue;
        QMessageBox::warning(this, windowTitle(),
                             tr("A name may not hold a line break, a tab or another control character."));
        edit->setFocus();
        return;
    }
    m_settings.setValue(Settings::Key::Reviewer, m_reviewer->text().trimmed());
    m_settings.setValue(Settings::Key::Device, m_device->text().trimmed());
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace adreview
