#pragma once

#include <QObject>
#include <QString>

class DoctorWizard;

// Saves every run of the wizard to the history (HistoryStore) as it grows:
// after each step, and when the window closes while a step still runs, with
// the findings that step has made so far. A child of the wizard.
class RunRecorder : public QObject
{
    Q_OBJECT
public:
    explicit RunRecorder(DoctorWizard *wizard, const QString &historyDirectory = QString());

    QString lastSavedPath() const { return m_lastSaved; }
    // Takes in what the running steps have found so far, then saves.
    void recordUnfinishedSteps();

private:
    void save();

    DoctorWizard *m_wizard;
    QString m_directory;
    QString m_lastSaved;
};
