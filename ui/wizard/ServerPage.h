#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Step 2: the server settings, as the mail program or website has them.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    void onSecurityChanged(int index);
    void validateResolver();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_resolver;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QLabel *m_resolverError;
};
