#pragma once

#include <QDialog>

class QLineEdit;

namespace adreview {

class Settings;

// The reviewer's name and this device's label, as events record them.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    void accept() override;

private:
    Settings &m_settings;
    QLineEdit *m_reviewer;
    QLineEdit *m_device;
};

} // namespace adreview
