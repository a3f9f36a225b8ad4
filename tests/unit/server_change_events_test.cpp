// Coalescing the watcher's events to their net effect, on the events editors' saves produce,
// and the scratch file names the watcher and the coalescing leave out. The sequences of sed,
// vim and gedit were recorded with inotify on Debian bookworm (vim 9.0 with its defaults.vim,
// GNU sed 4.9, GLib's g_file_replace through `gio save`, which is how gedit saves); JetBrains'
// and VS Code's follow their documented behaviour.
#include <doctest/doctest.h>

#include "server/change_events.h"

using namespace itagen::server;
using Kind = WatchEvent::Kind;
using Net = std::map<std::string, NetChange>;

namespace {

constexpr Kind kCreated = Kind::kCreated, kWritten = Kind::kWritten, kDeleted = Kind::kDeleted,
               kMovedFrom = Kind::kMovedFrom, kMovedTo = Kind::kMovedTo;

// An event in content/pages/, as the watcher reports it.
WatchEvent in_pages(Kind kind, const std::string& name) { return {kind, "content/pages/" + name}; }

// The site had content/pages/about.md (and nothing else in content/pages/) before the burst.
bool about_existed(const std::string& path) { return path == "content/pages/about.md"; }

Net net_of(const std::vector<WatchEvent>& events) { return coalesce(events, about_existed); }

const Net kAboutEdited{{"content/pages/about.md", NetChange::kEdited}};

}  // namespace

TEST_CASE("sed_in_place_renaming_its_temporary_file_over_the_page_is_an_edit_of_the_page") {
  CHECK(net_of({
            in_pages(kCreated, "sedTkzBqU"),
            in_pages(kWritten, "sedTkzBqU"),  // IN_ATTRIB, IN_MODIFY, IN_CLOSE_WRITE
            in_pages(kMovedFrom, "sedTkzBqU"),
            in_pages(kMovedTo, "about.md"),
        }) == kAboutEdited);
}

TEST_CASE("vim_default_save_renaming_the_original_to_a_backup_is_an_edit_of_the_page") {
  // backupcopy=auto: probes the folder with 4913, renames about.md to about.md~, writes a new
  // about.md, deletes about.md~; the swap file is written throughout.
  CHECK(net_of({
            in_pages(kCreated, ".about.md.swp"),
            in_pages(kWritten, ".about.md.swp"),
            in_pages(kCreated, "4913"),
            in_pages(kWritten, "4913"),
            in_pages(kDeleted, "4913"),
            in_pages(kMovedFrom, "about.md"),
            in_pages(kMovedTo, "about.md~"),
            in_pages(kCreated, "about.md"),
            in_pages(kWritten, "about.md"),
            in_pages(kWritten, ".about.md.swp"),
            in_pages(kDeleted, "about.md~"),
            in_pages(kDeleted, ".about.md.swp"),
        }) == kAboutEdited);
}

TEST_CASE("vim_with_backupcopy_yes_writes_in_place_and_is_an_edit_of_the_page") {
  CHECK(net_of({
            in_pages(kCreated, "about.md~"),  // the backup, a copy
            in_pages(kWritten, "about.md~"),
            in_pages(kWritten, "about.md"),
            in_pages(kDeleted, "about.md~"),
        }) == kAboutEdited);
}

TEST_CASE("gedit_renaming_its_output_stream_over_the_page_is_an_edit_of_the_page") {
  CHECK(net_of({
            in_pages(kCreated, ".goutputstream-CI48Y3"),
            in_pages(kWritten, ".goutputstream-CI48Y3"),
            in_pages(kWritten, "about.md"),  // IN_CLOSE_WRITE: GLib opens the original first
            in_pages(kMovedFrom, ".goutputstream-CI48Y3"),
            in_pages(kMovedTo, "about.md"),
            in_pages(kWritten, "about.md"),
        }) == kAboutEdited);
}

TEST_CASE("jetbrains_safe_write_through_jb_tmp_and_jb_old_is_an_edit_of_the_page") {
  CHECK(net_of({
            in_pages(kCreated, "about.md___jb_tmp___"),
            in_pages(kWritten, "about.md___jb_tmp___"),
            in_pages(kMovedFrom, "about.md"),
            in_pages(kMovedTo, "about.md___jb_old___"),
            in_pages(kMovedFrom, "about.md___jb_tmp___"),
            in_pages(kMovedTo, "about.md"),
            in_pages(kDeleted, "about.md___jb_old___"),
        }) == kAboutEdited);
}

TEST_CASE("vs_code_writes_in_place_and_is_an_edit_of_the_page") {
  CHECK(net_of({in_pages(kWritten, "about.md"), in_pages(kWritten, "about.md")}) == kAboutEdited);
}

TEST_CASE("a_temporary_file_of_any_name_renamed_over_the_page_is_an_edit_of_the_page") {
  // Not a name is_scratch_file knows: the net effect alone tells.
  CHECK(net_of({
            in_pages(kCreated, "about.md.q7Xk2P"),
            in_pages(kWritten, "about.md.q7Xk2P"),
            in_pages(kMovedFrom, "about.md.q7Xk2P"),
            in_pages(kMovedTo, "about.md"),
        }) == kAboutEdited);
}

TEST_CASE("deleting_and_creating_the_same_file_is_an_edit_of_it") {
  CHECK(net_of({in_pages(kDeleted, "about.md"), in_pages(kCreated, "about.md"), in_pages(kWritten, "about.md")}) ==
        kAboutEdited);
}

TEST_CASE("a_file_that_appeared_and_vanished_within_the_burst_is_no_change") {
  CHECK(net_of({in_pages(kCreated, "draft.md"), in_pages(kWritten, "draft.md"), in_pages(kDeleted, "draft.md")}).empty());
  CHECK(net_of({in_pages(kMovedTo, "draft.md"), in_pages(kMovedFrom, "draft.md")}).empty());
}

TEST_CASE("a_new_file_appeared") {
  CHECK(net_of({in_pages(kCreated, "new.md"), in_pages(kWritten, "new.md")}) ==
        Net{{"content/pages/new.md", NetChange::kAppeared}});
  // Saved with a rename, as sed or gedit save it, onto a name nothing had.
  CHECK(net_of({in_pages(kCreated, "sedAb12Cd"), in_pages(kMovedFrom, "sedAb12Cd"), in_pages(kMovedTo, "new.md")}) ==
        Net{{"content/pages/new.md", NetChange::kAppeared}});
}

TEST_CASE("a_deleted_or_moved_away_file_vanished") {
  CHECK(net_of({in_pages(kDeleted, "about.md")}) == Net{{"content/pages/about.md", NetChange::kVanished}});
  CHECK(net_of({in_pages(kMovedFrom, "about.md")}) == Net{{"content/pages/about.md", NetChange::kVanished}});
}

TEST_CASE("a_rename_is_one_file_vanishing_and_another_appearing") {
  CHECK(net_of({in_pages(kMovedFrom, "about.md"), in_pages(kMovedTo, "contact.md")}) ==
        Net{{"content/pages/about.md", NetChange::kVanished}, {"content/pages/contact.md", NetChange::kAppeared}});
}

TEST_CASE("a_new_folder_and_the_files_in_it_appeared") {
  CHECK(coalesce({{kCreated, "content/pages/news", true}, {kCreated, "content/pages/news/a.md"}},
                 about_existed) == Net{{"content/pages/news", NetChange::kAppeared},
                                       {"content/pages/news/a.md", NetChange::kAppeared}});
}

TEST_CASE("watcher_ignores_editor_scratch_files") {
  for (const char* name : {".about.md.swp", ".about.md.swx", ".about.md.swo", "about.md.swp", "about.md~", "4913",
                           "5036", "#about.md#", ".#about.md", "sedTkzBqU", "sed0a9ZzQ", ".goutputstream-CI48Y3",
                           "about.md___jb_tmp___", "about.md___jb_old___", "about.md.tmp"}) {
    CHECK_MESSAGE(is_scratch_file(name), name);
  }
  for (const char* name : {"about.md", "2567.yaml", "4913.md", "4914", "1000", "sedan.md", "sediment.md",
                           "sedTkzBqU.md", "seda", "O05.md"}) {
    CHECK_MESSAGE(!is_scratch_file(name), name);
  }
}
