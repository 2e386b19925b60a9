const isFolder = (node) => Array.isArray(node.children);

// The total size of all files in the node.
function totalSize(node) {
  if (!isFolder(node)) {
    return node.size;
  }
  return node.children.reduce((sum, child) => sum + totalSize(child), 0);
}

// The paths of all files in the node, like "root/sub/b.txt".
function listPaths(node, parent = "") {
  const path = parent + node.name;
  if (!isFolder(node)) {
    return [path];
  }
  return node.children.flatMap((child) => listPaths(child, `${path}/`));
}

module.exports = { totalSize, listPaths };
