#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "tracker/read.h"

using namespace tracker::read;
namespace fs = std::filesystem;

namespace {

// A folder of our own under the system's temporary folder, removed afterwards.
class InputTree {
public:
    InputTree() : m_root(fs::temp_directory_path() / ("tracker_inputs_test_" + std::to_string(::getpid()))) {
        fs::remove_all(m_root);
        for (const char* name : {"b.txt", "a.md", "sub/c.html", "sub/d.HTM", "sub/e.markdown",
                                 "notes.pdf", "image.png", ".hidden/f.txt", ".g.txt"}) {
            fs::create_directories((m_root / name).parent_path());
            std::ofstream(m_root / name) << "text";
        }
    }
    ~InputTree() { fs::remove_all(m_root); }
    std::string path(const std::string& name = "") const {
        return name.empty() ? m_root.string() : (m_root / name).string();
    }

private:
    fs::path m_root;
};

}  // namespace

TEST_CASE("list_inputs: folders give their article files, recursively and sorted", "[read]") {
    InputTree tree;
    InputList inputs = list_inputs({tree.path()});
    CHECK(inputs.files == std::vector<std::string>{tree.path("a.md"), tree.path("b.txt"),
                                                   tree.path("sub/c.html"), tree.path("sub/d.HTM"),
                                                   tree.path("sub/e.markdown")});
    CHECK(inputs.rejected.empty());
}

TEST_CASE("list_inputs: files and standard input are taken as given, in order", "[read]") {
    InputTree tree;
    InputList inputs = list_inputs({tree.path("notes.pdf"), "-", tree.path("a.md")});
    CHECK(inputs.files == std::vector<std::string>{tree.path("notes.pdf"), "-", tree.path("a.md")});
}

TEST_CASE("list_inputs: a missing path is rejected and the rest go on", "[read]") {
    InputTree tree;
    InputList inputs = list_inputs({tree.path("gone.txt"), tree.path("b.txt")});
    CHECK(inputs.files == std::vector<std::string>{tree.path("b.txt")});
    REQUIRE(inputs.rejected.size() == 1);
    CHECK(inputs.rejected[0].message() == tree.path("gone.txt") + ": no such file or directory");
}

TEST_CASE("issue 6: list_inputs: a folder that cannot be read is rejected by name, the rest listed", "[read]") {
    if (::geteuid() == 0) return;  // root lists whatever the mode says; tests/cli/hostile_inputs.sh covers it
    InputTree tree;
    fs::permissions(tree.path("sub"), fs::perms::none);
    InputList inputs = list_inputs({tree.path()});
    fs::permissions(tree.path("sub"), fs::perms::owner_all);
    CHECK(inputs.files == std::vector<std::string>{tree.path("a.md"), tree.path("b.txt")});
    REQUIRE(inputs.rejected.size() == 1);
    CHECK(inputs.rejected[0].message() == tree.path("sub") + ": cannot read: Permission denied");
}

TEST_CASE("list_inputs: links to folders are not followed, links to files are", "[read]") {
    InputTree tree;
    fs::create_directory_symlink(tree.path("sub"), tree.path("linked"));
    fs::create_symlink(tree.path("b.txt"), tree.path("z.txt"));
    InputList inputs = list_inputs({tree.path()});
    CHECK(inputs.files == std::vector<std::string>{tree.path("a.md"), tree.path("b.txt"), tree.path("sub/c.html"),
                                                   tree.path("sub/d.HTM"), tree.path("sub/e.markdown"),
                                                   tree.path("z.txt")});
}
