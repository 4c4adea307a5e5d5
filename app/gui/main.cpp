// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor: the wizard.

#include "DoctorWizard.h"
#include "SettingsStore.h"
#include "StartupProbe.h"
#include "Translations.h"
#include "core/Version.h"
#include "core/WizardOptions.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

namespace {

// --version and --help must answer without a display, so they are handled
// before QApplication, which needs one.
bool answerWithoutDisplay(int argc, char *argv[], int *exitCode)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("smtp-doctor %s\n", SMTP_DOCTOR_VERSION);
            *exitCode = 0;
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(WizardOptions::helpText().toLocal8Bit().constData(), stdout);
            *exitCode = 0;
            return true;
        }
    }
    const bool hasDisplay = qEnvironmentVariableIsSet("DISPLAY")
                            || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
                            || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (!hasDisplay) {
        std::fprintf(stderr,
                     "smtp-doctor: no display here, so the wizard cannot open.\n"
                     "On a server, run the same diagnosis with: smtp-doctor-cli --help\n");
        *exitCode = 1;
        return true;
    }
    return false;
}

// "--lang fr" on the command line wins over the remembered choice.
QString chosenLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--")
                                           + WizardOptions::languageOption().names().constFirst());
    if (at > 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    return SettingsStore().language();
}

} // namespace

int main(int argc, char *argv[])
{
    int exitCode = 0;
    if (answerWithoutDisplay(argc, argv, &exitCode))
        return exitCode;

    QApplication app(argc, argv);
    StartupProbe::installIfAsked(app); // off unless SMTP_DOCTOR_STARTUP_PROBE=1
    QApplication::setApplicationName(QStringLiteral("SMTP Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(SMTP_DOCTOR_VERSION));
    QApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QApplication::setDesktopFileName(QStringLiteral("org.smtpdoctor.SmtpDoctor"));
    QString language = chosenLanguage(QApplication::arguments());
    for (;;) {
        Translations::install(app, language);
        DoctorWizard wizard(DoctorWizard::StepsFromModule);
        wizard.show();
        const int exitCode = app.exec();
        if (!wizard.requestedLanguage())
            return exitCode;
        language = *wizard.requestedLanguage(); // reopen in the language chosen
    }
}
