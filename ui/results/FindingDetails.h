#pragma once

#include "Finding.h"

#include <QString>

// One finding as rich text for the details pane: explanation, numbered
// advice, then the evidence verbatim.
class FindingDetails
{
public:
    static QString toHtml(const Finding &finding);
};
