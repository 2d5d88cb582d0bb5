<?xml version="1.0" encoding="UTF-8"?>
<!--
  auditor: HTML report from a TEI audit record (XSLT 1.0 + EXSLT common/strings, run by lxml).

  Reads only the TEI written by auditor.io.tei_write: witness texts as <s xml:id>, findings as
  <span> in standOff/spanGrp[@type='flags'] whose @target holds #string-range(ID,offset,length)
  pointers (ID a segment or a witness <text>), finding details in fvLib/fs, alignment in
  linkGrp[@type='alignment'], decisions in listAnnotation. Self-contained: inline CSS and SVG,
  no script, no network.

  Highlighting is pure XSLT: the string-range pointers of every flag are parsed once into a
  node-set of <r seg o l .../> records (EXSLT str:tokenize + exsl:node-set), looked up per <s>
  with a key, and each <s> is cut at the union of its range boundaries; every piece covered by
  at least one range becomes a <mark>. Ranges given in witness offsets (a span that crosses a
  segment boundary) are quoted in the findings table, not highlighted inline.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="tei exsl str">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:param name="generated" select="''"/>

  <xsl:key name="r-by-seg" match="r" use="@seg"/>
  <xsl:key name="fs-by-id" match="tei:fs" use="@xml:id"/>
  <xsl:key name="ann-by-target" match="tei:annotation" use="@target"/>

  <xsl:variable name="doc" select="/"/>
  <xsl:variable name="flags" select="/tei:TEI/tei:standOff/tei:spanGrp[@type='flags']/tei:span"/>
  <xsl:variable name="hops" select="/tei:TEI/tei:standOff/tei:linkGrp[@type='alignment']"/>
  <xsl:variable name="sevs" select="'critical major minor'"/>

  <!-- One record per string-range pointer of every flag. -->
  <xsl:variable name="ranges-rtf">
    <xsl:for-each select="$flags">
      <xsl:variable name="span" select="."/>
      <xsl:variable name="sev">
        <xsl:call-template name="token-after"><xsl:with-param name="s" select="@ana"/><xsl:with-param name="prefix" select="'#severity.'"/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="check">
        <xsl:call-template name="token-after"><xsl:with-param name="s" select="@ana"/><xsl:with-param name="prefix" select="'#flag.'"/></xsl:call-template>
      </xsl:variable>
      <xsl:for-each select="str:tokenize(@target, ' ')">
        <xsl:if test="starts-with(., '#string-range(')">
          <xsl:variable name="args" select="normalize-space(substring-before(substring-after(., '#string-range('), ')'))"/>
          <r seg="{normalize-space(substring-before($args, ','))}"
             o="{number(substring-before(substring-after($args, ','), ','))}"
             l="{number(substring-after(substring-after($args, ','), ','))}"
             f="{$span/@xml:id}" sev="{$sev}" check="{$check}" m="{normalize-space($span)}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="ranges" select="exsl:node-set($ranges-rtf)"/>

  <xsl:template name="token-after">
    <xsl:param name="s"/>
    <xsl:param name="prefix"/>
    <xsl:value-of select="substring-before(concat(substring-after($s, $prefix), ' '), ' ')"/>
  </xsl:template>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta name="generator" content="auditor"/>
        <title>Audit report: <xsl:value-of select="normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)"/></title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <header>
          <h1 id="title"><xsl:value-of select="normalize-space(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)"/></h1>
          <p class="meta">
            <span id="total-findings"><xsl:value-of select="count($flags)"/></span> findings,
            <xsl:value-of select="count(//tei:listWit/tei:witness)"/> witnesses,
            <xsl:value-of select="count($hops)"/> hops.
            <xsl:if test="$generated != ''"> Report generated <xsl:value-of select="$generated"/>.</xsl:if>
          </p>
          <p class="meta sig">
            <xsl:for-each select="//tei:appInfo/tei:application[@ident='auditor']">auditor <xsl:value-of select="@version"/></xsl:for-each>
            <xsl:for-each select="//tei:appInfo/tei:application/tei:desc[@type='signature'][@n='segmenter' or @n='aligner' or @n='alignment' or @n='mt.provider']">
              <xsl:text> | </xsl:text><xsl:value-of select="@n"/>: <xsl:value-of select="."/>
            </xsl:for-each>
          </p>
        </header>
        <main>
          <xsl:call-template name="counts"/>
          <xsl:call-template name="chart"/>
          <xsl:call-template name="findings"/>
          <xsl:call-template name="witnesses"/>
          <xsl:call-template name="alignment"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- Findings per check, by severity. -->
  <xsl:template name="counts">
    <section id="counts">
      <h2>Findings per check</h2>
      <table id="check-counts">
        <thead><tr><th>check</th><th>total</th><th>critical</th><th>major</th><th>minor</th></tr></thead>
        <tbody>
          <xsl:for-each select="/tei:TEI/tei:standOff/tei:interpGrp[@type='flagType']/tei:interp">
            <xsl:variable name="mine" select="$flags[contains(concat(@ana, ' '), concat('#', current()/@xml:id, ' '))]"/>
            <tr data-check="{substring-after(@xml:id, 'flag.')}">
              <td class="check"><xsl:value-of select="substring-after(@xml:id, 'flag.')"/></td>
              <td class="n total"><xsl:value-of select="count($mine)"/></td>
              <xsl:for-each select="str:tokenize($sevs, ' ')">
                <td class="n sev-{.}"><xsl:value-of select="count($mine[contains(concat(@ana, ' '), concat('#severity.', current(), ' '))])"/></td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:if test="not($flags)"><p class="none">No findings.</p></xsl:if>
      <xsl:variable name="skipped" select="//tei:appInfo/tei:application/tei:desc[@type='skipped']"/>
      <xsl:if test="$skipped">
        <p class="meta">Checks not run: <xsl:for-each select="$skipped"><xsl:value-of select="@n"/> (<xsl:value-of select="."/>)<xsl:if test="position() != last()">; </xsl:if></xsl:for-each></p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Findings per hop: a finding belongs to the hop that introduced it when drift attribution
       named one, else to the hop that produced its witness. One bar per hop. -->
  <xsl:template name="chart">
    <xsl:variable name="fs" select="/tei:TEI/tei:standOff/tei:fvLib/tei:fs[@type='finding']"/>
    <xsl:variable name="bars-rtf">
      <xsl:for-each select="$hops">
        <xsl:variable name="src" select="substring-after(substring-before(normalize-space(@domains), ' '), '#T-')"/>
        <xsl:variable name="tgt" select="substring-after(substring-after(normalize-space(@domains), ' '), '#T-')"/>
        <bar src="{$src}" tgt="{$tgt}"
             n="{count($fs[tei:f[@name='hop']/tei:vColl/tei:symbol[1]/@value = $src and tei:f[@name='hop']/tei:vColl/tei:symbol[2]/@value = $tgt]
                 | $fs[not(tei:f[@name='hop']) and tei:f[@name='witness']/tei:symbol/@value = $tgt])}"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="bars" select="exsl:node-set($bars-rtf)/bar"/>
    <xsl:variable name="max">
      <xsl:for-each select="$bars"><xsl:sort select="@n" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="@n"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="row" select="30"/>
    <xsl:variable name="width" select="420"/>
    <section id="chart">
      <h2>Findings per hop</h2>
      <xsl:choose>
        <xsl:when test="not($bars)"><p class="none">A single text: no hops.</p></xsl:when>
        <xsl:otherwise>
          <svg xmlns="http://www.w3.org/2000/svg" id="hop-chart" role="img" width="{$width + 260}" height="{count($bars) * $row + 10}"
               viewBox="0 0 {$width + 260} {count($bars) * $row + 10}">
            <title>Findings per hop</title>
            <xsl:for-each select="$bars">
              <xsl:variable name="y" select="(position() - 1) * $row + 5"/>
              <xsl:variable name="w">
                <xsl:choose>
                  <xsl:when test="$max &gt; 0"><xsl:value-of select="round(@n div $max * $width)"/></xsl:when>
                  <xsl:otherwise>0</xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <g class="hop" data-hop="{@src}→{@tgt}">
                <text x="150" y="{$y + 17}" text-anchor="end" class="label"><xsl:value-of select="@src"/> → <xsl:value-of select="@tgt"/></text>
                <rect class="bar" x="160" y="{$y}" width="{$w}" height="{$row - 8}" data-count="{@n}">
                  <title><xsl:value-of select="@n"/> findings on hop <xsl:value-of select="@src"/> → <xsl:value-of select="@tgt"/></title>
                </rect>
                <text x="{165 + $w}" y="{$y + 17}" class="count"><xsl:value-of select="@n"/></text>
              </g>
            </xsl:for-each>
          </svg>
          <xsl:variable name="rest" select="count($fs) - sum($bars/@n)"/>
          <xsl:if test="$rest &gt; 0"><p class="meta"><xsl:value-of select="$rest"/> findings lie within the original text (no hop).</p></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="findings">
    <section id="findings">
      <h2>Findings</h2>
      <xsl:if test="$flags">
        <table id="finding-list">
          <thead><tr><th>#</th><th>severity</th><th>check</th><th>witness</th><th>where</th><th>message</th><th>suggestion</th><th>decision</th></tr></thead>
          <tbody>
            <xsl:for-each select="$flags">
              <xsl:variable name="fsid">
                <xsl:call-template name="token-after"><xsl:with-param name="s" select="@ana"/><xsl:with-param name="prefix" select="'#fs.'"/></xsl:call-template>
              </xsl:variable>
              <xsl:variable name="details" select="key('fs-by-id', concat('fs.', $fsid))"/>
              <xsl:variable name="sev">
                <xsl:call-template name="token-after"><xsl:with-param name="s" select="@ana"/><xsl:with-param name="prefix" select="'#severity.'"/></xsl:call-template>
              </xsl:variable>
              <xsl:variable name="decision" select="key('ann-by-target', concat('#', @xml:id))[last()]"/>
              <tr id="finding-{@xml:id}" class="finding sev-{$sev}">
                <td><xsl:value-of select="position()"/></td>
                <td class="sev"><xsl:value-of select="$sev"/></td>
                <td class="check"><xsl:call-template name="token-after"><xsl:with-param name="s" select="@ana"/><xsl:with-param name="prefix" select="'#flag.'"/></xsl:call-template></td>
                <td><xsl:value-of select="$details/tei:f[@name='witness']/tei:symbol/@value"/></td>
                <td class="where"><xsl:call-template name="where"><xsl:with-param name="target" select="@target"/></xsl:call-template></td>
                <td class="msg"><xsl:value-of select="."/></td>
                <td><xsl:value-of select="$details/tei:f[@name='suggestion']/tei:string"/></td>
                <td class="decision"><xsl:choose>
                  <xsl:when test="$decision"><xsl:value-of select="substring-after($decision/@ana, '#decision.')"/></xsl:when>
                  <xsl:otherwise>open</xsl:otherwise>
                </xsl:choose></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The quoted text of each pointer, linked to its segment. -->
  <xsl:template name="where">
    <xsl:param name="target"/>
    <xsl:for-each select="str:tokenize($target, ' ')">
      <xsl:if test="starts-with(., '#string-range(')">
        <xsl:variable name="args" select="normalize-space(substring-before(substring-after(., '#string-range('), ')'))"/>
        <xsl:variable name="id" select="normalize-space(substring-before($args, ','))"/>
        <xsl:variable name="o" select="number(substring-before(substring-after($args, ','), ','))"/>
        <xsl:variable name="l" select="number(substring-after(substring-after($args, ','), ','))"/>
        <xsl:variable name="quoted">
          <xsl:for-each select="$doc"><xsl:value-of select="substring(string(id($id)), $o + 1, $l)"/></xsl:for-each>
        </xsl:variable>
        <a class="quote" href="#seg-{$id}">“<xsl:value-of select="$quoted"/>”</a>
        <xsl:text> </xsl:text>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="witnesses">
    <section id="witnesses">
      <h2>Witnesses</h2>
      <xsl:for-each select="/tei:TEI/tei:text/tei:group/tei:text">
        <xsl:variable name="wid" select="substring-after(@xml:id, 'T-')"/>
        <xsl:variable name="wit" select="//tei:listWit/tei:witness[@xml:id = concat('wit-', $wid)]"/>
        <article class="witness" id="witness-{$wid}" lang="{@xml:lang}">
          <h3><xsl:value-of select="$wid"/> <span class="meta"> (<xsl:value-of select="@xml:lang"/>, <xsl:value-of select="$wit/@n"/><xsl:for-each select="$wit/tei:note[@type='via']">, <xsl:value-of select="."/></xsl:for-each>)</span></h3>
          <xsl:for-each select="tei:body/tei:p">
            <p><xsl:apply-templates select="node()" mode="text"/></p>
          </xsl:for-each>
        </article>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="tei:s" mode="text">
    <xsl:variable name="sid" select="@xml:id"/>
    <xsl:variable name="text" select="string(.)"/>
    <xsl:variable name="mine-rtf">
      <xsl:for-each select="$ranges"><xsl:copy-of select="key('r-by-seg', $sid)"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="mine" select="exsl:node-set($mine-rtf)/r"/>
    <span class="seg" id="seg-{$sid}" title="{$sid}">
      <xsl:choose>
        <xsl:when test="not($mine)"><xsl:value-of select="$text"/></xsl:when>
        <xsl:otherwise>
          <xsl:variable name="bounds-rtf">
            <b p="0"/><b p="{string-length($text)}"/>
            <xsl:for-each select="$mine"><b p="{@o}"/><b p="{@o + @l}"/></xsl:for-each>
          </xsl:variable>
          <xsl:variable name="sorted-rtf">
            <xsl:for-each select="exsl:node-set($bounds-rtf)/b[not(@p = preceding-sibling::b/@p)]">
              <xsl:sort select="@p" data-type="number"/>
              <xsl:copy-of select="."/>
            </xsl:for-each>
          </xsl:variable>
          <xsl:for-each select="exsl:node-set($sorted-rtf)/b[position() &lt; last()]">
            <xsl:variable name="a" select="number(@p)"/>
            <xsl:variable name="z" select="number(following-sibling::b[1]/@p)"/>
            <xsl:variable name="piece" select="substring($text, $a + 1, $z - $a)"/>
            <xsl:variable name="cover" select="$mine[@o &lt;= $a and @o + @l &gt;= $z]"/>
            <xsl:choose>
              <xsl:when test="$cover and $z &gt; $a">
                <xsl:variable name="sev">
                  <xsl:choose>
                    <xsl:when test="$cover[@sev='critical']">critical</xsl:when>
                    <xsl:when test="$cover[@sev='major']">major</xsl:when>
                    <xsl:otherwise>minor</xsl:otherwise>
                  </xsl:choose>
                </xsl:variable>
                <mark class="hl sev-{$sev}">
                  <xsl:attribute name="data-findings"><xsl:for-each select="$cover"><xsl:value-of select="@f"/><xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if></xsl:for-each></xsl:attribute>
                  <xsl:attribute name="data-checks"><xsl:for-each select="$cover"><xsl:value-of select="@check"/><xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if></xsl:for-each></xsl:attribute>
                  <xsl:attribute name="title"><xsl:for-each select="$cover"><xsl:value-of select="@check"/>: <xsl:value-of select="@m"/><xsl:if test="position() != last()"><xsl:text>&#10;</xsl:text></xsl:if></xsl:for-each></xsl:attribute>
                  <xsl:value-of select="$piece"/>
                </mark>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$piece"/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="text()" mode="text"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="*" mode="text"><xsl:value-of select="."/></xsl:template>

  <!-- The alignment of every hop, side by side; low-confidence beads stand out. -->
  <xsl:template name="alignment">
    <section id="alignment">
      <h2>Alignment</h2>
      <xsl:for-each select="$hops">
        <xsl:variable name="src" select="substring-after(substring-before(normalize-space(@domains), ' '), '#')"/>
        <details class="hop-alignment">
          <summary><xsl:value-of select="substring-after($src, 'T-')"/> → <xsl:value-of select="substring-after(substring-after(normalize-space(@domains), ' '), '#T-')"/>
            (<xsl:value-of select="count(tei:link)"/> beads, <xsl:value-of select="count(tei:link[@cert &lt; 0.5])"/> below 0.5)</summary>
          <table class="beads">
            <xsl:for-each select="tei:link">
              <xsl:variable name="toks" select="str:tokenize(@target, ' ')"/>
              <tr class="bead {@type}">
                <xsl:if test="@cert &lt; 0.5"><xsl:attribute name="class">bead low <xsl:value-of select="@type"/></xsl:attribute></xsl:if>
                <td class="src"><xsl:for-each select="$toks"><xsl:variable name="t" select="substring-after(., '#')"/>
                  <xsl:for-each select="$doc"><xsl:if test="id($t)[self::tei:s][ancestor::tei:text[1]/@xml:id = $src]"><xsl:value-of select="id($t)"/><xsl:text> </xsl:text></xsl:if></xsl:for-each></xsl:for-each></td>
                <td class="tgt"><xsl:for-each select="$toks"><xsl:variable name="t" select="substring-after(., '#')"/>
                  <xsl:for-each select="$doc"><xsl:if test="id($t)[self::tei:s][ancestor::tei:text[1]/@xml:id != $src]"><xsl:value-of select="id($t)"/><xsl:text> </xsl:text></xsl:if></xsl:for-each></xsl:for-each></td>
                <td class="n"><xsl:value-of select="@cert"/></td>
              </tr>
            </xsl:for-each>
          </table>
        </details>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="css">
    body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
    h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { border-bottom: 1px solid #ddd; margin-top: 1.6em; }
    .meta { color: #666; font-size: .9em; } .none { color: #666; font-style: italic; }
    table { border-collapse: collapse; } td, th { padding: .2em .6em; border-bottom: 1px solid #eee; vertical-align: top; text-align: left; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
    mark.hl { border-radius: 2px; padding: 0 1px; }
    mark.sev-critical, tr.sev-critical td.sev { background: #f6b3b3; }
    mark.sev-major, tr.sev-major td.sev { background: #fbd79b; }
    mark.sev-minor, tr.sev-minor td.sev { background: #fdf1a6; }
    article.witness p { max-width: 60em; } span.seg:target { outline: 2px solid #4a7bd0; }
    #hop-chart .bar { fill: #4a7bd0; } #hop-chart text { font: 13px system-ui, sans-serif; fill: #222; }
    tr.bead.low td { background: #fdecec; } tr.bead.omission td.tgt, tr.bead.addition td.src { background: #eee; }
    table.beads td { max-width: 30em; }
  </xsl:template>
</xsl:stylesheet>
