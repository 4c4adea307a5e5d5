// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "DialogProvider.h"
#include "DoctorWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTimer>

namespace {
constexpr int pollMs = 200;

// No one answers a dialog during the tour: a file to write goes to
// SMTP_DOCTOR_SCREENSHOT_SAVE (the website step's probe file, served by the
// script's PHP server), a file to open is SMTP_DOCTOR_SCREENSHOT_OPEN (the
// message step's .eml); an error ends the tour, so no picture shows one.
class TourDialogs : public DialogProvider
{
public:
    TourDialogs(const QString &savePath, const QString &openPath)
        : m_savePath(savePath)
        , m_openPath(openPath)
    {}
    QString saveFileName(
        QWidget *, const QString &, const QString &, const QStringList &, QString *) override
    {
        return m_savePath;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QStringList &) override
    {
        return m_openPath;
    }
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        qWarning("screenshot tour: %s: %s", qPrintable(title), qPrintable(text));
        QCoreApplication::exit(3);
    }
    // An earlier run that stopped unexpectedly is not the tour's business.
    bool ask(QWidget *, const QString &, const QString &, const QString &, const QString &) override
    {
        return false;
    }

private:
    QString m_savePath;
    QString m_openPath;
};
} // namespace

void ScreenshotTour::startIfRequested(QWizard *wizard)
{
    const QString directory = qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_TOUR");
    if (!directory.isEmpty())
        new ScreenshotTour(wizard, directory);
}

ScreenshotTour::ScreenshotTour(QWizard *wizard, const QString &directory)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_directory(directory)
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SMTP_DOCTOR_SCREENSHOT_TIMEOUT", &ok);
    if (ok && seconds > 0)
        m_timeoutMs = seconds * 1000;
    QDir().mkpath(directory);
    m_lastPage = qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_LAST");
    static TourDialogs dialogs(qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_SAVE"),
                               qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_OPEN"));
    DialogProvider::setInstance(&dialogs);
    // Once the window is shown and laid out.
    QTimer::singleShot(1000, this, &ScreenshotTour::step);
}

QString ScreenshotTour::pageName() const
{
    // "TestEmailPageId" -> "test-email"
    QString name = QString::fromLatin1(
        QMetaEnum::fromType<DoctorWizard::PageId>().valueToKey(m_wizard->currentId()));
    name.chop(int(qstrlen("PageId")));
    name.replace(QRegularExpression(QStringLiteral("(?<=[a-z])([A-Z])")), QStringLiteral("-\\1"));
    return name.toLower();
}

void ScreenshotTour::save()
{
    const QString path = QDir(m_directory).filePath(pageName() + QStringLiteral(".png"));
    if (!m_wizard->grab().save(path))
        qWarning("screenshot tour: cannot write %s", qPrintable(path));
}

void ScreenshotTour::typeRequestedText()
{
    // SMTP_DOCTOR_SCREENSHOT_TEXT: "objectName=text" pairs, separated by
    // new lines, typed into the line edits of the page they are on.
    const QStringList pairs = qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_TEXT")
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString name = pair.section(QLatin1Char('='), 0, 0).trimmed();
        if (auto *edit = m_wizard->currentPage()->findChild<QLineEdit *>(name))
            edit->setText(pair.section(QLatin1Char('='), 1));
    }
}

void ScreenshotTour::clickRequestedButtons()
{
    // SMTP_DOCTOR_SCREENSHOT_CLICK: buttons to press once on the page they
    // are on (the test e-mail page's Send), so the step shows a real run.
    const QStringList names = qEnvironmentVariable("SMTP_DOCTOR_SCREENSHOT_CLICK")
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        auto *button = m_wizard->currentPage()->findChild<QAbstractButton *>(name.trimmed());
        if (button && button->isEnabled() && !m_clicked.contains(name)) {
            m_clicked.append(name);
            button->click();
        }
    }
}

void ScreenshotTour::step()
{
    if (m_waitedMs == 0) {
        typeRequestedText();
        clickRequestedButtons();
    }
    const bool resultsPage = m_wizard->currentId() == DoctorWizard::ResultsPageId;
    const bool finalPage = resultsPage || pageName() == m_lastPage;
    const bool done = resultsPage || m_wizard->button(QWizard::NextButton)->isEnabled();
    if (!done) {
        m_waitedMs += pollMs;
        if (m_waitedMs > m_timeoutMs) {
            qWarning("screenshot tour: the %s step did not finish", qPrintable(pageName()));
            QCoreApplication::exit(3);
            return;
        }
        QTimer::singleShot(pollMs, this, &ScreenshotTour::step);
        return;
    }
    // Let the last rows and the status line paint.
    QTimer::singleShot(300, this, [this, finalPage] {
        save();
        if (finalPage) {
            QCoreApplication::exit(0);
            return;
        }
        m_waitedMs = 0;
        m_wizard->next();
        QTimer::singleShot(pollMs, this, &ScreenshotTour::step);
    });
}
