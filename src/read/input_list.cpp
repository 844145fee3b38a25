// list_inputs (tracker/read.h): the command line's paths made a list of inputs.
//
// Folders are walked recursively for files ending in .txt, .md, .markdown, .html or .htm (any
// case), hidden files and folders (".git") left out, symbolic links to folders not followed;
// each folder's files come sorted byte-wise, so a run over the same tree always goes in the same
// order. A folder that cannot be read is rejected by name (issue 6), not skipped in silence.
// Files named on the command line are taken whatever their extension: the user chose them.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "read/ascii_text.h"
#include "tracker/read.h"

namespace tracker::read {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_article_extensions[] = {".txt", ".md", ".markdown", ".html", ".htm"};

bool is_article_file(const fs::path& path) {
    std::string extension = folded_ascii(path.extension().string());
    for (std::string_view known : k_article_extensions)
        if (extension == known)
            return true;
    return false;
}

bool is_hidden(const fs::path& path) {
    std::string name = path.filename().string();
    return name.size() > 1 && name.front() == '.';
}

// Walks `root` without following links to folders. A folder that cannot be listed (no permission,
// removed meanwhile) is rejected by name and the walk goes on: nothing under it is skipped silently.
void add_folder(const std::string& root, InputList& inputs) {
    std::vector<std::string> found;
    std::vector<fs::path> folders{root};
    while (!folders.empty()) {
        const fs::path folder = folders.back();
        folders.pop_back();
        std::error_code error;
        for (fs::directory_iterator walk(folder, error), end; !error && walk != end; walk.increment(error)) {
            if (is_hidden(walk->path()))
                continue;
            std::error_code status_error;
            if (walk->symlink_status(status_error).type() == fs::file_type::directory)
                folders.push_back(walk->path());
            else if (walk->is_regular_file(status_error) && is_article_file(walk->path()))
                found.push_back(walk->path().string());
        }
        if (error)
            inputs.rejected.push_back({folder.string(), "cannot read: " + error.message()});
    }
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
}

}  // namespace

InputList list_inputs(const std::vector<std::string>& paths) {
    InputList inputs;
    for (const std::string& path : paths) {
        std::error_code error;
        if (path == "-")
            inputs.files.push_back(path);
        else if (fs::is_directory(path, error))
            add_folder(path, inputs);
        else if (fs::exists(path, error))
            inputs.files.push_back(path);
        else
            inputs.rejected.push_back({path, "no such file or directory"});
    }
    return inputs;
}

}  // namespace tracker::read
