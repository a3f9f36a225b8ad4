// Adding an entry to the top-level list of a user's YAML file as text, so that every comment,
// blank line and the order of what is there stay exactly as the user left them (loading and
// dumping the YAML would drop the comments the offices rely on).
#pragma once

#include <optional>
#include <string>

#include "scaffold/names.h"

namespace itagen::scaffold {

// text with entry added at the end of the block list under the top-level `key:`.
// entry is written for an indentation of 2 ("  - id: x\n    title: ...\n"); it is moved to
// the indentation of the list's existing entries. `key: []` becomes `key:` with the entry
// under it; a file without the key gets it at the end. Line endings follow the file's (CRLF
// stays CRLF).
// nullopt with *failure when the list is written in a form this does not edit (a flow list
// with entries, `[{...}]`), so the caller can fall back to showing the entry.
std::optional<std::string> append_to_list(const std::string& text, const std::string& key, const std::string& entry,
                                          Failure* failure);

}  // namespace itagen::scaffold
