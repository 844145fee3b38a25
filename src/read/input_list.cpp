// list_inputs (tracker/read.h): the command line's paths made a list of inputs.
//
// Folders are walked recursively for files ending in .txt, .md, .markdown, .html or .htm (any
// case), hidden files and folders (".git") left out, symbolic links to folders not followed;
// each folder's files come sorted byte-wise, so a run over the same tree always goes in the same
// order. Files named on the command line are taken whatever their extension: the user chose them.
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

void add_folder(const std::string& folder, InputList& inputs) {
    std::vector<std::string> found;
    std::error_code error;
    auto options = fs::directory_options::skip_permission_denied;
    fs::recursive_directory_iterator walk(folder, options, error), end;
    for (; !error && walk != end; walk.increment(error)) {
        if (is_hidden(walk->path())) {
            if (walk->is_directory(error))
                walk.disable_recursion_pending();
            continue;
        }
        if (walk->is_regular_file(error) && is_article_file(walk->path()))
            found.push_back(walk->path().string());
    }
    if (error)
        inputs.rejected.push_back({folder, "cannot read: " + error.message()});
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
