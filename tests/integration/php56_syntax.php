<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints one line per construct newer than PHP 5.6 in the file named by
// argv[1] (from PHP's own tokenizer, so comments and strings never count);
// exit status 1 when there is one. Run by tst_sitelab_php on the probe.
$tokens = token_get_all(file_get_contents($argv[1]));
$newer = array('T_COALESCE' => '??', 'T_COALESCE_EQUAL' => '??=', 'T_SPACESHIP' => '<=>',
    'T_NULLSAFE_OBJECT_OPERATOR' => '?->', 'T_FN' => 'fn', 'T_MATCH' => 'match',
    'T_ATTRIBUTE' => '#[', 'T_ENUM' => 'enum', 'T_READONLY' => 'readonly');
$scalar = array('int', 'float', 'string', 'bool', 'object', 'iterable', 'mixed', 'void', 'never');
$found = array();
$significant = array();
foreach ($tokens as $token) {
    if (is_array($token) && in_array($token[0], array(T_WHITESPACE, T_COMMENT, T_DOC_COMMENT), true)) {
        continue;
    }
    $significant[] = $token;
}
$inParameters = false;
$depth = 0;
$closedParameters = false;
foreach ($significant as $i => $token) {
    $name = is_array($token) ? token_name($token[0]) : $token;
    $line = is_array($token) ? $token[2] : 0;
    $previous = $i > 0 ? $significant[$i - 1] : null;
    $next = isset($significant[$i + 1]) ? $significant[$i + 1] : null;
    if (isset($newer[$name])) {
        $found[] = "line $line: " . $newer[$name];
    }
    if ($token === '[' && ($previous === ';' || $previous === '{' || $previous === '}'
        || (is_array($previous) && in_array($previous[0], array(T_AS, T_OPEN_TAG), true)))) {
        $found[] = "line ?: short list destructuring [...] =";
    }
    if ($closedParameters) {
        $closedParameters = false;
        if ($token === ':') {
            $found[] = 'a return type';
        }
    }
    if (is_array($token) && $token[0] === T_FUNCTION) {
        $inParameters = true;
        $depth = 0;
        continue;
    }
    if ($inParameters) {
        if ($token === '(') {
            $depth++;
        } elseif ($token === ')') {
            $depth--;
            if ($depth === 0) {
                $inParameters = false;
                $closedParameters = true;
            }
        } elseif ($depth === 1 && $token === '?') {
            $found[] = "line ?: a nullable type";
        } elseif ($depth === 1 && is_array($token) && $token[0] === T_STRING
                  && in_array(strtolower($token[1]), $scalar, true)
                  && is_array($next) && $next[0] === T_VARIABLE) {
            $found[] = "line $line: a scalar type hint " . $token[1];
        }
    }
}
foreach ($found as $text) {
    echo $text, "\n";
}
exit($found ? 1 : 0);
