"""Common first names in Dutch-language news, by the pronoun they take.

A pronoun ("zegt ze") can only stand for someone it fits; a role often
does not tell ("minister"), a first name usually does.  Names that are
given to both (Kim, Robin, Sam, Noa, Jo, Dominique, Joan) are in neither list.
"""

from __future__ import annotations

FEMALE = frozenset(
    """Anna Anne Annelies Annemie Annick Anja Ann Anneke Annemarie Astrid Barbara Bea Beatrice Bianca
    Brigitte Carla Caroline Catherine Charlotte Chantal Christine Claudia Conny Daniëlle Diana Dorien Els Elke
    Ellen Elisabeth Elise Elke Emma Esther Eva Evelyn Femke Fien Frieda Gerda Greet Gwendolyn Hanne Hannah Heidi
    Hilde Ilse Inge Ingrid Irene Iris Jacqueline Jana Janine Jeanine Jessica Jolien Josée Julia Julie Karin Katja
    Kathleen Katrien Kristel Laura Lea Leen Lien Liesbeth Lies Linda Lisa Lotte Lucia Lynn Maaike Margriet Maria
    Marie Mariëtte Marijke Marleen Marloes Martine Mieke Mirjam Monique Myriam Nadia Nathalie Nicole Nina Petra
    Rita Ruth Sandra Sara Sarah Sabine Sofie Sophie Stefanie Suzanne Tine Tinne Ursula Valérie Vera Veerle
    Wendy Yasmine Zuhal Hadja Meryame Kamala Hillary Angela Theresa Giorgia Marine Ségolène Ilham Sihame
    Freya Gwendolyn Khadija Fatima Samira Hafsa Ingrid Mona Melania Nancy Olena Yulia""".split()
)

MALE = frozenset(
    """Alexander Alain André Anton Arnold Bart Ben Benjamin Bert Bram Bruno Carl Christophe Daan Dan Daniel David
    Dennis Dirk Dries Edwin Elio Emmanuel Erik Filip Frank Frans Frederik Geert Gerard Gert Gerrit Gijs Guy Hans
    Hendrik Henk Herman Hugo Ivo Jaak Jacques Jakob Jan Jean Jef Jeroen Jesse Joachim Johan John Joost Joris
    Jos Joseph Jozef Jürgen Jurgen Karel Kees Klaas Koen Kris Kristof Lars Laurens Leo Lieven Louis Luc Lucas
    Lode Maarten Marc Marco Mark Martin Mathias Matthias Maxime Michel Michiel Mohamed Niels Nick Olivier
    Patrick Paul Peter Piet Pieter Raf Ralph Raymond Rik Rob Robert Roberto Rudi Rudy Ruud Sander Sebastiaan
    Simon Stefan Steven Stijn Sven Theo Thomas Tim Tom Ton Vincent Volodymyr Vladimir Walter Wim Willem
    Willem-Alexander Wouter Xavier Yves Bert-Jan Geert-Jan Emmanuel Donald Joe Barack Boris Olaf Viktor Recep
    Benjamin Jens Emile Conner Conner Sammy Sadiq Keir Rishi Emmanuel Jeremy Hubert Egbert Paul-Henri Georges
    Elio Didier Charles Leopold Albert Boudewijn Filip Frans-Jozef Pim Ad Dick Hugo Rob Jesse Gert-Jan""".split()
)
