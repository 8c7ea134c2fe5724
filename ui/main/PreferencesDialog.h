#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace adreview {

class Settings;

// The reviewer's name and this device's label, as events record them, and the window's language.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    void accept() override;

private:
    Settings &m_settings;
    QLineEdit *m_reviewer;
    QLineEdit *m_device;
    QLabel *m_key;
    QComboBox *m_language;
};

} // namespace adreview
