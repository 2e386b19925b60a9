;;; temper-eglot.el --- Temper, the pairing coach, through Eglot  -*- lexical-binding: t; -*-

;; Emacs 29+ ships Eglot; on Emacs 28 install it first (M-x package-install RET eglot, or
;; Debian's elpa-eglot).  Load this file from your init, or copy what you need:
;;   (load "/path/to/temper/clients/emacs/temper-eglot.el")
;; Then open a file of an exercise and M-x eglot (or add `eglot-ensure' to python-mode-hook).
;; The contract with the server is docs/protocol.md.

;;; Code:

(require 'eglot)

(defvar temper-eglot-settings '(:track "standard")
  "Temper settings (docs/protocol.md, \"Settings\").
Sent as initializationOptions and answered for the `temper' configuration section.")

(defvar temper-eglot-fallback nil
  "The Eglot contact to use in Python buffers outside Temper exercises, e.g. (\"pylsp\").")

(defun temper-eglot-contact (_interactive)
  "Start `temper lsp' in an exercise folder, else `temper-eglot-fallback'."
  (cond ((locate-dominating-file default-directory ".temper/exercise.json")
         `("temper" "lsp" :initializationOptions ,temper-eglot-settings))
        (temper-eglot-fallback)
        (t (user-error "Not in a Temper exercise (no .temper/exercise.json above %s)"
                       default-directory))))

(add-to-list 'eglot-server-programs '((python-mode python-ts-mode) . temper-eglot-contact))
(setq-default eglot-workspace-configuration (list :temper temper-eglot-settings))

(defun temper-hint (&optional level)
  "Ask Temper for a hint for this line.
With a prefix argument, ask for LEVEL (0-5); L4 and L5 ask why you need them."
  (interactive (list (and current-prefix-arg (read-number "Temper level (0-5): "))))
  (let ((args (list :uri (eglot--path-to-uri (buffer-file-name))
                    :line (line-number-at-pos) :intent "hint")))
    (when level
      (setq args (plist-put args :level level))
      (when (>= level 4)
        (setq args (plist-put args :justification
                              (read-string "What did you try, and where are you stuck? ")))))
    (eglot-execute-command (eglot--current-server-or-lose) 'temper.hint (vector args))))

(defun temper-run ()
  "Run the exercise's tests now, with the text of unsaved buffers."
  (interactive)
  (let ((result (eglot-execute-command (eglot--current-server-or-lose) 'temper.runTests
                                       (vector (list :uri (eglot--path-to-uri
                                                           (buffer-file-name)))))))
    (message "Temper: %s passed, %s failed" (plist-get result :passed)
             (plist-get result :failed))))

(provide 'temper-eglot)
;;; temper-eglot.el ends here
