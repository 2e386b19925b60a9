;;; eglot_smoke.el --- Emacs + Eglot against the real `temper lsp'  -*- lexical-binding: t; -*-
;; Driven by tests/emacs/test_emacs.py:  emacs --batch -l eglot_smoke.el
;; Environment: TEMPER_E2E_SNIPPET (clients/emacs/temper-eglot.el), TEMPER_E2E_FILE (the
;; learner's file of a started exercise), TEMPER_E2E_OUT (the JSON report).

(require 'package)
(package-initialize)                    ; Debian's elpa-eglot on Emacs 28
(require 'cl-lib)
(require 'json)
(defvar temper-eglot-settings '(:track "beginner" :runTimeout 30)) ; set before loading, as a user would
(load (getenv "TEMPER_E2E_SNIPPET") nil t)

(defvar smoke-steps nil)
(defvar smoke-messages nil)
(defvar smoke-finished nil)

(advice-add 'eglot--message :before
            (lambda (format &rest args) (push (apply #'format format args) smoke-messages)))

(defun smoke-diagnostics ()
  (mapcar (lambda (d) (format "%s:%d %s" (file-name-nondirectory (buffer-file-name))
                              (line-number-at-pos (flymake-diagnostic-beg d))
                              (flymake-diagnostic-text d)))
          (flymake-diagnostics)))

(defun smoke-finish (ok &optional failure)
  (unless smoke-finished
    (setq smoke-finished t)
    (let ((report `((ok . ,(if ok t :json-false)) (failure . ,failure)
                    (emacs . ,(concat "GNU Emacs " emacs-version)) (eglot . ,(ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))))
                    (steps . ,(vconcat (reverse smoke-steps)))
                    (diagnostics . ,(vconcat (ignore-errors (smoke-diagnostics))))
                    (messages . ,(vconcat (reverse smoke-messages)))
                    (events . ,(vconcat (last (ignore-errors
                                                (with-current-buffer
                                                    (jsonrpc-events-buffer
                                                     (eglot-current-server))
                                                  (split-string (buffer-string) "\n" t)))
                                              60))))))
      (with-temp-file (getenv "TEMPER_E2E_OUT") (insert (json-encode report))))
    (kill-emacs (if ok 0 1))))

(run-with-timer 120 nil (lambda () (smoke-finish nil "watchdog: the test took longer than 120 s")))

(defun smoke-wait (what seconds predicate)
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or value (error "timed out after %s s waiting for %s" seconds what))))

(defun smoke-step (name detail)
  (push `((name . ,name) (detail . ,detail)) smoke-steps))

(defun smoke-find (regexp)
  (cl-find-if (lambda (d) (string-match-p regexp (flymake-diagnostic-text d)))
              (flymake-diagnostics)))

(condition-case err
    (let (server actions preferred hint)
      (find-file (getenv "TEMPER_E2E_FILE"))
      (apply #'eglot (eglot--guess-contact))
      (setq server (smoke-wait "eglot to connect" 30 #'eglot-current-server))
      (smoke-wait "the server's capabilities" 30
                  (lambda () (eglot--server-capable :codeActionProvider)))
      (smoke-step "connected" (format "%s" (jsonrpc-name server)))
      (erase-buffer)
      (insert "def fizzbuzz(n):\n    if n % 3 == 0:\n        return \"Fizz\"\n    return str(n)\n")
      (save-buffer)
      (let ((d (smoke-wait "a test-failed diagnostic" 60 (lambda () (smoke-find "\\[test-failed\\]")))))
        (smoke-step "saved and saw" (flymake-diagnostic-text d))
        (goto-char (flymake-diagnostic-beg d)))
      (setq actions (eglot-code-actions (point) nil nil nil))
      (unless (= (length actions) 6) (error "expected six rungs, got %S" actions))
      (setq preferred (cl-find-if (lambda (a) (plist-get a :isPreferred)) actions))
      (smoke-step "code actions" (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))
      ;; What RET does in the interactive menu: the default is the preferred (offered) rung.
      (cl-letf (((symbol-function 'completing-read)
                 (lambda (_prompt _items &rest args) (nth 4 args))))
        (let ((last-nonmenu-event ?\r))
          (eglot-code-actions (point) nil nil t)))
      (setq hint (smoke-wait "the hint diagnostic" 30 (lambda () (smoke-find "\\[hint-L[0-5]\\]"))))
      (smoke-step "took the offered hint" (flymake-diagnostic-text hint))
      (goto-char (flymake-diagnostic-beg hint))
      (let* ((hover (jsonrpc-request server :textDocument/hover
                                     (eglot--TextDocumentPositionParams)))
             (text (plist-get (plist-get hover :contents) :value)))
        (unless (and text (string-match-p "Why L[0-5]" text))
          (error "no hint hover: %S" hover))
        (smoke-step "hover" text))
      (let ((status (jsonrpc-request server :workspace/executeCommand
                                     `(:command "temper.status"
                                       :arguments [(:uri ,(eglot--path-to-uri buffer-file-name))]))))
        (unless (and (equal (plist-get status :exercise) "python/basics/fizzbuzz")
                     (equal (plist-get status :track) "beginner"))
          (error "temper.status does not know the exercise or the settings: %S" status))
        (smoke-step "status" (format "%S" status)))
      (let ((said (temper-run)))
        (unless (string-match-p "Temper: [0-9]+ passed, [0-9]+ failed" said)
          (error "temper-run said %S" said))
        (smoke-step "temper-run" said))
      (temper-hint 0)
      (smoke-step "temper-hint 0"
                  (flymake-diagnostic-text
                   (smoke-wait "the hint-L0 diagnostic" 30 (lambda () (smoke-find "\\[hint-L0\\]")))))
      ;; A risk after accents, CJK and an emoji covers exactly `[]': Eglot turns the column the
      ;; server sent (in the encoding they agreed on) into a buffer position.
      (erase-buffer)
      (insert (concat "def fizzbuzz(n, label=\"" (make-string 5 #xe9) " " (string #x6f22 #x5b57)
                      " " (string #x1f600) "\", seen=[]):\n    return str(n)\n"))
      (setq buffer-file-coding-system 'utf-8-unix)
      (save-buffer)
      (let* ((d (smoke-wait "the risk after multi-byte text" 30
                            (lambda () (smoke-find "\\[py-mutable-default\\]"))))
             (covered (buffer-substring-no-properties (flymake-diagnostic-beg d)
                                                      (flymake-diagnostic-end d))))
        (unless (equal covered "[]")
          (error "the risk covers %S, not []" covered))
        (smoke-step "multi-byte columns" covered))
      (eglot-shutdown server)
      (smoke-finish t))
  (error (smoke-finish nil (error-message-string err))))
