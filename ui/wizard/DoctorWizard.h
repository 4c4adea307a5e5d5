#pragma once

#include "Report.h"
#include "Target.h"

#include <QWizard>

class FindingsModel;

// The SMTP Doctor wizard: six pages from the symptom to the results. Pages
// are thin frames; what they share (the target, the findings so far) lives
// here. Owned by main().
class DoctorWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        ServerPageId,
        ConnectivityPageId,
        DomainPageId,
        TestEmailPageId,
        ResultsPageId
    };
    Q_ENUM(PageId)

    explicit DoctorWizard(QWidget *parent = nullptr);

    // What the user entered on the server page, ready for the engine.
    Target target() const;

    // The connectivity step's latest report; the results page reads it.
    void setConnectivityReport(const Report &report);
    const Report &connectivityReport() const { return m_connectivityReport; }
    bool hasConnectivityReport() const { return m_hasConnectivityReport; }

signals:
    void reportChanged();

private:
    Report m_connectivityReport;
    bool m_hasConnectivityReport = false;
};
