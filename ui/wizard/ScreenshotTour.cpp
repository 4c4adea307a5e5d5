#include "ScreenshotTour.h"

#include "DoctorWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTimer>

namespace {
constexpr int pollMs = 200;
}

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
    if (m_waitedMs == 0)
        clickRequestedButtons();
    const bool finalPage = m_wizard->currentId() == DoctorWizard::ResultsPageId;
    const bool done = finalPage || m_wizard->button(QWizard::NextButton)->isEnabled();
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
